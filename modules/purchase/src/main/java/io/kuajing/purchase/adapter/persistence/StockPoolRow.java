package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_stock_pool}: one pool's counter and lock — units held by unsettled orders, units sold since
 * the source last counted, and that count.
 */
@MappedEntity("purchase_stock_pool")
record StockPoolRow(@Id String pool, int held, int sold, @Nullable Integer sourceCount, LocalDateTime updatedAt) {
}
