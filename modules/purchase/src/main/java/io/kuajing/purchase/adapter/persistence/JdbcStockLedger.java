package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.ConstraintRefusals;
import io.kuajing.platform.jdbc.MultiRowInsert;
import io.kuajing.purchase.domain.StockLedger;
import io.kuajing.purchase.domain.StockPool;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The reservation ledger in purchase_stock_pool (one row per pool: the counter and the lock) and
 * purchase_stock_reservation (one row per order line). A checkout's holds are one upsert of its pools' rows, which
 * reads the latest committed counters whatever the transaction's snapshot, and concurrent holds queue on the row
 * locks; the table's CHECK constraint keeps what is held within the source's count.
 */
@Singleton
class JdbcStockLedger implements StockLedger {

    private static final String BONDED = "bonded:";
    private static final String HELD = "HELD";
    private static final String CONSUMED = "CONSUMED";
    /** purchase V13: a pool holds no more than its source's count covers. */
    private static final String WITHIN_COUNT = "purchase_stock_pool_within_count";
    /**
     * A new count from the source includes what it shipped for us since its last one: sold starts again from 0,
     * assigned before source_count changes (MySQL assigns left to right with the values assigned so far, H2 with
     * the row's old ones: sold reads the old source_count either way).
     */
    private static final String POOL_TAKES_COUNT_AND_UNITS = " ON DUPLICATE KEY UPDATE"
            + " sold = CASE WHEN source_count <> VALUES(source_count) THEN 0 ELSE sold END,"
            + " held = held + VALUES(held), source_count = VALUES(source_count), updated_at = VALUES(updated_at)";

    private final StockPoolRows pools;
    private final StockReservationRows reservations;
    private final TransactionOperations<Connection> connections;
    private final PoolSettlements settlements;

    JdbcStockLedger(StockPoolRows pools, StockReservationRows reservations, TransactionOperations<Connection> connections,
                    PoolSettlements settlements) {
        this.pools = pools;
        this.reservations = reservations;
        this.connections = connections;
        this.settlements = settlements;
    }

    /**
     * One upsert for all the pools, in key order (two checkouts sharing pools lock them in the same order): it creates
     * a new pool's row or locks an existing one, takes the source's new count and adds the units. The table's CHECK
     * constraint refuses the whole statement when a pool would hold more than its count covers, so no read comes
     * first and nothing is held on a refusal. An UPDATE of a missing row would lock the gap where it would go; the
     * upsert inserts into it instead (docs/adr/0020). Then one INSERT of the lines' reservations.
     */
    @Override
    public Optional<Shortage> hold(List<Hold> holds, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        Map<String, Hold> byPool = new TreeMap<>();
        holds.forEach(h -> byPool.merge(h.pool().key(), h, (a, b) -> new Hold(a.pool(), a.sourceCount(), a.orderNo(),
                a.lineNo(), a.quantity() + b.quantity())));
        Connection connection = connections.getConnection();
        try {
            MultiRowInsert.insertRows(connection, "INSERT INTO purchase_stock_pool (pool, held, sold, source_count,"
                    + " updated_at) VALUES ", 5, POOL_TAKES_COUNT_AND_UNITS, List.copyOf(byPool.entrySet()), (ps, i, e) -> {
                        ps.setString(i, e.getKey());
                        ps.setInt(i + 1, e.getValue().quantity());
                        ps.setInt(i + 2, 0);
                        ps.setInt(i + 3, e.getValue().sourceCount());
                        ps.setObject(i + 4, at);
                        return i + 5;
                    });
        } catch (SQLException e) {
            if (ConstraintRefusals.isCheckViolation(e, WITHIN_COUNT)) {
                return Optional.of(shortage(byPool));
            }
            throw new IllegalStateException("cannot hold stock: " + e.getMessage(), e);
        }
        try {
            MultiRowInsert.insertRows(connection, "INSERT INTO purchase_stock_reservation (order_no, line_no, pool,"
                    + " quantity, state, reserved_at) VALUES ", 6, "", holds, (ps, i, h) -> {
                        ps.setString(i, h.orderNo());
                        ps.setInt(i + 1, h.lineNo());
                        ps.setString(i + 2, h.pool().key());
                        ps.setInt(i + 3, h.quantity());
                        ps.setString(i + 4, HELD);
                        ps.setObject(i + 5, at);
                        return i + 6;
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the stock held for " + holds.get(0).orderNo() + ": "
                    + e.getMessage(), e);
        }
        return Optional.empty();
    }

    /** The first pool, in key order, that cannot hold what was asked of it (the refusal's message names it). */
    private Shortage shortage(Map<String, Hold> byPool) {
        List<Shortage> shortages = byPool.values().stream()
                .map(h -> new Shortage(h.pool(), available(h.pool(), h.sourceCount()))).toList();
        return shortages.stream().filter(s -> s.available() < byPool.get(s.pool().key()).quantity()).findFirst()
                .orElse(shortages.get(0));
    }

    private int available(StockPool pool, int sourceCount) {
        return pools.findById(pool.key()).map(row -> {
            int sold = row.sourceCount() != null && row.sourceCount() == sourceCount ? row.sold() : 0;
            return Math.max(0, sourceCount - row.held() - sold);
        }).orElse(Math.max(0, sourceCount));
    }

    @Override
    public void release(String orderNo, Instant now) {
        settle(orderNo, "RELEASED", now);
    }

    @Override
    public void consume(String orderNo, Instant now) {
        settle(orderNo, CONSUMED, now);
    }

    /**
     * Settles the order's HELD lines once: read under lock and mark them now, and move each line's units off its
     * pool's held count as the transaction commits, with the other orders' it settled, pools in key order.
     */
    private void settle(String orderNo, String state, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        for (StockReservationRow held : reservations.lockedHeldOf(orderNo)) {
            reservations.settle(orderNo, held.lineNo(), state, at);
            // Consumed units of an offer stay counted as sold until the marketplace counts again; the bonded book is
            // deducted by customs at release, so its consumed units simply stop being held.
            boolean stillCounted = CONSUMED.equals(state) && !held.pool().startsWith(BONDED);
            settlements.settle(held.pool(), held.quantity(), stillCounted ? held.quantity() : 0, at);
        }
    }
}
