package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_stock_reservation}, on the caller's transaction (JdbcStockLedger writes the holds, in one statement). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StockReservationRows extends GenericRepository<StockReservationRow, Void> {

    /** The order's unsettled lines under lock (their pools are written at the commit, in key order: PoolSettlements). */
    @Query("SELECT * FROM purchase_stock_reservation WHERE order_no = :orderNo AND state = 'HELD' FOR UPDATE")
    List<StockReservationRow> lockedHeldOf(String orderNo);

    @Query("UPDATE purchase_stock_reservation SET state = :state, settled_at = :settledAt"
            + " WHERE order_no = :orderNo AND line_no = :lineNo")
    void settle(String orderNo, int lineNo, String state, LocalDateTime settledAt);
}
