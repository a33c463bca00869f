package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.QuotaEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An entry of {@code customs_quota_entry} as customs reads it: joined with its account for the masked buyer. No
 * {@code @Id}: only native statements read and write it (the insert names its columns).
 */
@MappedEntity("customs_quota_entry")
record QuotaEntryRow(String orderNo, String buyerKey, String buyerMasked, int quotaYear, BigDecimal amount,
                     BigDecimal restored, String status, @Nullable LocalDate releasedOn) {

    QuotaEntry entry() {
        return new QuotaEntry(orderNo, new BuyerKey(buyerKey, buyerMasked), quotaYear, Cny.of(amount),
                Cny.of(restored), QuotaEntry.Status.valueOf(status), releasedOn);
    }
}
