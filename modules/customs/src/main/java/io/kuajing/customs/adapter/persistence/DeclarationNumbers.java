package io.kuajing.customs.adapter.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The numbers a receipt may name a declaration by, read without the rest of its row. */
@Introspected
record DeclarationNumbers(String orderNo, @Nullable String copNo, @Nullable String preNo, @Nullable String invtNo,
                          String logisticsNo, @Nullable String payTransactionId) {
}
