package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_checkout}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CheckoutRows extends GenericRepository<CheckoutRow, Void> {

    /** A plain INSERT: the primary key refuses a key already taken, after waiting for its holder's commit. */
    @Query("INSERT INTO purchase_checkout (owner, idempotency_key, checkout_id, request_fingerprint, created_at)"
            + " VALUES (:owner, :idempotencyKey, :checkoutId, :requestFingerprint, :createdAt)")
    void insert(String owner, String idempotencyKey, String checkoutId, String requestFingerprint,
                LocalDateTime createdAt);

    @Query("SELECT * FROM purchase_checkout WHERE owner = :owner AND idempotency_key = :idempotencyKey")
    Optional<CheckoutRow> find(String owner, String idempotencyKey);

    /** A locking read: the latest committed row whatever this transaction's snapshot. */
    @Query("SELECT * FROM purchase_checkout WHERE owner = :owner AND idempotency_key = :idempotencyKey FOR UPDATE")
    Optional<CheckoutRow> lockedFind(String owner, String idempotencyKey);
}
