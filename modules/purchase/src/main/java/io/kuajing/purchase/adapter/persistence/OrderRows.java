package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code purchase_order}, on the caller's transaction. Listings are native SQL for their {@code LIMIT ... OFFSET}
 * windows (a tie-breaker in each ORDER BY keeps pages from overlapping when times are equal).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderRows extends GenericRepository<OrderRow, String> {

    @Query("SELECT * FROM purchase_order WHERE owner = :owner ORDER BY placed_at DESC LIMIT :limit")
    List<OrderRow> latestOfOwner(String owner, int limit);

    /** The first order of the checkout that holds the consumer's key. */
    @Query("SELECT * FROM purchase_order WHERE owner = :owner AND idempotency_key = :key")
    Optional<OrderRow> withKey(String owner, String key);

    /** A locking read: the latest committed row whatever this transaction's snapshot. */
    @Query("SELECT * FROM purchase_order WHERE owner = :owner AND idempotency_key = :key FOR UPDATE")
    Optional<OrderRow> lockedWithKey(String owner, String key);

    @Query("SELECT * FROM purchase_order WHERE checkout_id = :checkoutId ORDER BY order_no")
    List<OrderRow> ofCheckout(String checkoutId);

    @Query("SELECT * FROM purchase_order WHERE status = :status ORDER BY placed_at, order_no LIMIT :limit OFFSET :offset")
    List<OrderRow> withStatus(String status, int limit, long offset);

    @Query("SELECT * FROM purchase_order WHERE status IN (:statuses) AND placed_at <= :before"
            + " ORDER BY placed_at, order_no LIMIT :limit OFFSET :offset")
    List<OrderRow> withStatusPlacedAtOrBefore(Collection<String> statuses, LocalDateTime before, int limit, long offset);

    @Query("SELECT * FROM purchase_order WHERE customs_at >= :since ORDER BY customs_at DESC, order_no"
            + " LIMIT :limit OFFSET :offset")
    List<OrderRow> customsNotedSince(LocalDateTime since, int limit, long offset);
}
