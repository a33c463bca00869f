package io.kuajing.purchase.adapter.persistence;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.Checkouts;
import jakarta.inject.Singleton;

/**
 * Idempotency keys in purchase_checkout. The INSERT either takes the key or, when a twin holds it, waits for the
 * twin's commit and fails on the primary key; the locking read then sees the twin's committed row.
 */
@Singleton
class JdbcCheckouts implements Checkouts {

    private final CheckoutRows rows;
    private final Clock clock;

    JdbcCheckouts(CheckoutRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<Earlier> claim(String owner, String key, String checkoutId, String requestFingerprint) {
        try {
            rows.insert(owner, key, checkoutId, requestFingerprint, UtcTime.of(clock.instant()));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
        return Optional.of(rows.lockedFind(owner, key).map(JdbcCheckouts::earlier).orElseThrow(
                () -> new IllegalStateException("idempotency key vanished after a duplicate-key error")));
    }

    @Override
    public Optional<Earlier> find(String owner, String key) {
        return rows.find(owner, key).map(JdbcCheckouts::earlier);
    }

    private static Earlier earlier(CheckoutRow row) {
        return new Earlier(row.checkoutId(), row.requestFingerprint());
    }

    /** H2 reports a duplicate key as SQLState 23505, MySQL as 23000 (error 1062); the repository wraps it. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
