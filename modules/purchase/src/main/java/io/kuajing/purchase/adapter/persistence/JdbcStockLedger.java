package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.purchase.domain.StockLedger;
import io.kuajing.purchase.domain.StockPool;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The reservation ledger in purchase_stock_pool (one row per pool: the counter and the lock) and
 * purchase_stock_reservation (one row per order line). A hold is one conditional UPDATE on the pool row, so it reads
 * the latest committed counter whatever the transaction's snapshot, and concurrent holds queue on the row lock.
 */
@Singleton
class JdbcStockLedger implements StockLedger {

    private static final String BONDED = "bonded:";

    private final TransactionOperations<Connection> transactions;

    JdbcStockLedger(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean hold(StockPool pool, int sourceCount, String orderNo, int lineNo, int quantity, Instant now) {
        Timestamp at = timestamp(now);
        // One statement creates the pool row or takes its exclusive lock at once (INSERT IGNORE took a shared lock on
        // an existing row, and two checkouts upgrading theirs deadlocked). A new count from the source includes what
        // it shipped for us since its last one: sold starts again from 0 (assigned before source_count changes).
        update("""
                INSERT INTO purchase_stock_pool (pool, held, sold, source_count, updated_at) VALUES (?, 0, 0, ?, ?)
                ON DUPLICATE KEY UPDATE sold = CASE WHEN source_count <> VALUES(source_count) THEN 0 ELSE sold END,
                source_count = VALUES(source_count)""", pool.key(), sourceCount, at);
        int taken = update("""
                UPDATE purchase_stock_pool SET held = held + ?, updated_at = ?
                WHERE pool = ? AND held + sold + ? <= ?""", quantity, at, pool.key(), quantity, sourceCount);
        if (taken == 0) {
            return false;
        }
        update("""
                INSERT INTO purchase_stock_reservation (order_no, line_no, pool, quantity, state, reserved_at)
                VALUES (?, ?, ?, ?, 'HELD', ?)""", orderNo, lineNo, pool.key(), quantity, at);
        return true;
    }

    @Override
    public int available(StockPool pool, int sourceCount) {
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT held, sold, source_count FROM purchase_stock_pool WHERE pool = ?")) {
            ps.setString(1, pool.key());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Math.max(0, sourceCount);
                }
                int sold = rs.getInt(3) == sourceCount ? rs.getInt(2) : 0;
                return Math.max(0, sourceCount - rs.getInt(1) - sold);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stock ledger", e);
        }
    }

    @Override
    public void release(String orderNo, Instant now) {
        settle(orderNo, "RELEASED", now);
    }

    @Override
    public void consume(String orderNo, Instant now) {
        settle(orderNo, "CONSUMED", now);
    }

    /** Settles the order's HELD lines once: read under lock, mark, and move each line's units off the pool's held count. */
    private void settle(String orderNo, String state, Instant now) {
        record Held(int lineNo, String pool, int quantity) {
        }
        List<Held> held = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                SELECT line_no, pool, quantity FROM purchase_stock_reservation
                WHERE order_no = ? AND state = 'HELD' ORDER BY pool FOR UPDATE""")) {
            ps.setString(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new Held(rs.getInt(1), rs.getString(2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stock held by " + orderNo, e);
        }
        Timestamp at = timestamp(now);
        for (Held h : held) {
            update("UPDATE purchase_stock_reservation SET state = ?, settled_at = ? WHERE order_no = ? AND line_no = ?",
                    state, at, orderNo, h.lineNo());
            // Consumed units of an offer stay counted as sold until the marketplace counts again; the bonded book is
            // deducted by customs at release, so its consumed units simply stop being held.
            boolean stillCounted = "CONSUMED".equals(state) && !h.pool().startsWith(BONDED);
            update("UPDATE purchase_stock_pool SET held = held - ?, sold = sold + ?, updated_at = ? WHERE pool = ?",
                    h.quantity(), stillCounted ? h.quantity() : 0, at, h.pool());
        }
    }

    private int update(String sql, Object... parameters) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the stock ledger", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private Connection connection() {
        return transactions.getConnection();
    }
}
