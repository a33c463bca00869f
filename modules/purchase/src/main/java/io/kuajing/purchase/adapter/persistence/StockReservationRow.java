package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_stock_reservation}: the units one order line holds in a pool, HELD until settled
 * (CONSUMED or RELEASED). Keyed by (order, line); no {@code @Id}, since only native statements touch it.
 */
@MappedEntity("purchase_stock_reservation")
record StockReservationRow(String orderNo, int lineNo, String pool, int quantity, String state,
                           LocalDateTime reservedAt, @Nullable LocalDateTime settledAt) {
}
