package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.kuajing.purchase.domain.Checkouts;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Idempotency keys in purchase_checkout. The INSERT either takes the key or, when a twin holds it, waits for the
 * twin's commit and fails on the primary key; the locking read then sees the twin's committed row.
 */
@Singleton
class JdbcCheckouts implements Checkouts {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    JdbcCheckouts(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Earlier> claim(String owner, String key, String checkoutId, String requestFingerprint) {
        Connection connection = transactions.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO purchase_checkout (owner, idempotency_key, checkout_id, request_fingerprint, created_at)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setString(1, owner);
            insert.setString(2, key);
            insert.setString(3, checkoutId);
            insert.setString(4, requestFingerprint);
            insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            insert.executeUpdate();
            return Optional.empty();
        } catch (SQLIntegrityConstraintViolationException taken) {
            return Optional.of(earlier(connection, owner, key));
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return Optional.of(earlier(connection, owner, key));
            }
            throw new IllegalStateException("cannot claim the idempotency key", e);
        }
    }

    @Override
    public Optional<Earlier> find(String owner, String key) {
        try (PreparedStatement select = transactions.getConnection().prepareStatement(
                "SELECT checkout_id, request_fingerprint FROM purchase_checkout WHERE owner = ? AND idempotency_key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Earlier(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the checkout of an idempotency key", e);
        }
    }

    /** H2 reports a duplicate key as SQLState 23505, MySQL as 23000 (error 1062). */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static Earlier earlier(Connection connection, String owner, String key) {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT checkout_id, request_fingerprint FROM purchase_checkout
                WHERE owner = ? AND idempotency_key = ? FOR UPDATE""")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("idempotency key vanished after a duplicate-key error");
                }
                return new Earlier(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the earlier checkout", e);
        }
    }
}
