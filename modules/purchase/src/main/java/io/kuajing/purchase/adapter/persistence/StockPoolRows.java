package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_stock_pool}, on the caller's transaction: an upsert and guarded updates, MySQL's own SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StockPoolRows extends GenericRepository<StockPoolRow, String> {

    /**
     * Creates the pool row or takes its exclusive lock at once (INSERT IGNORE took a shared lock on an existing row,
     * and two checkouts upgrading theirs deadlocked). A new count from the source includes what it shipped for us
     * since its last one: sold starts again from 0 (assigned before source_count changes).
     */
    @Query("INSERT INTO purchase_stock_pool (pool, held, sold, source_count, updated_at)"
            + " VALUES (:pool, 0, 0, :sourceCount, :updatedAt)"
            + " ON DUPLICATE KEY UPDATE sold = CASE WHEN source_count <> VALUES(source_count) THEN 0 ELSE sold END,"
            + " source_count = VALUES(source_count)")
    void count(String pool, int sourceCount, LocalDateTime updatedAt);

    /** Holds {@code quantity} more units only if the count still has them: the row count is the answer. */
    @Query("UPDATE purchase_stock_pool SET held = held + :quantity, updated_at = :updatedAt"
            + " WHERE pool = :pool AND held + sold + :quantity <= :sourceCount")
    int hold(String pool, int quantity, int sourceCount, LocalDateTime updatedAt);

    /**
     * {@link #count} and {@link #hold} of an existing row in one statement, the row count the answer. MySQL assigns
     * left to right with the values assigned so far and H2 with the row's old ones: {@code sold} reads the old
     * {@code source_count} either way, as it is assigned first.
     */
    @Query("UPDATE purchase_stock_pool SET sold = CASE WHEN source_count <> :sourceCount THEN 0 ELSE sold END,"
            + " held = held + :quantity, source_count = :sourceCount, updated_at = :updatedAt"
            + " WHERE pool = :pool"
            + " AND held + CASE WHEN source_count <> :sourceCount THEN 0 ELSE sold END + :quantity <= :sourceCount")
    int countAndHold(String pool, int quantity, int sourceCount, LocalDateTime updatedAt);

    Optional<StockPoolRow> findById(String pool);

    /** Moves settled units off the held count, {@code sold} of them onto the sold count. */
    @Query("UPDATE purchase_stock_pool SET held = held - :quantity, sold = sold + :sold, updated_at = :updatedAt"
            + " WHERE pool = :pool")
    void settle(String pool, int quantity, int sold, LocalDateTime updatedAt);
}
