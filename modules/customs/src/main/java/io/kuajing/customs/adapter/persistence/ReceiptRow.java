package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_receipt}: a receipt as received, once per (order, type, status). */
@MappedEntity("customs_receipt")
record ReceiptRow(@Id @GeneratedValue @Nullable Long id, String orderNo, String messageType, int statusCode,
                  @Nullable String info, LocalDateTime receiptTime, LocalDateTime receivedAt) {
}
