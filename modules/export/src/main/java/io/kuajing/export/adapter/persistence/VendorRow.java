package io.kuajing.export.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Currency;

import io.kuajing.export.domain.CustomsRegistrationCode;
import io.kuajing.export.domain.SettlementAccount;
import io.kuajing.export.domain.Uscc;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.platform.UtcTime;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code export_vendor}; the settlement account is kept whole (the vendor is paid into it). */
@MappedEntity("export_vendor")
record VendorRow(@Id String vendorId, String name, String uscc, String customsCode, String settlementBank,
                 String settlementAccount, String settlementCurrency, boolean claimsExportRefund,
                 LocalDateTime onboardedAt, String onboardedBy) {

    static VendorRow of(Vendor v) {
        return new VendorRow(v.id().value(), v.name(), v.uscc().value(), v.customsCode().value(), v.settlement().bank(),
                v.settlement().accountNumber(), v.settlement().currency().getCurrencyCode(), v.claimsExportRefund(),
                UtcTime.of(v.onboardedAt()),
                v.onboardedBy());
    }

    Vendor vendor() {
        return new Vendor(new VendorId(vendorId), name, new Uscc(uscc), new CustomsRegistrationCode(customsCode),
                new SettlementAccount(settlementBank, settlementAccount, Currency.getInstance(settlementCurrency)),
                claimsExportRefund, UtcTime.instant(onboardedAt), onboardedBy);
    }
}
