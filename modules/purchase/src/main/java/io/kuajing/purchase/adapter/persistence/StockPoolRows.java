package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_stock_pool}, on the caller's transaction (holds are JdbcStockLedger's one upsert). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StockPoolRows extends GenericRepository<StockPoolRow, String> {

    Optional<StockPoolRow> findById(String pool);

    /** Moves settled units off the held count, {@code sold} of them onto the sold count. */
    @Query("UPDATE purchase_stock_pool SET held = held - :quantity, sold = sold + :sold, updated_at = :updatedAt"
            + " WHERE pool = :pool")
    void settle(String pool, int quantity, int sold, LocalDateTime updatedAt);
}
