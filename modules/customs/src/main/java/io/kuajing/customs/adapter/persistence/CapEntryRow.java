package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_cap_entry}: what an order counted against one tariff line's yearly cap. */
@MappedEntity("customs_cap_entry")
record CapEntryRow(String orderNo, String tariffLine, String buyerKey, int quotaYear, BigDecimal qty, boolean givenBack) {
}
