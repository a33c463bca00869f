package io.kuajing.purchase.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.Repository;

/**
 * Units held by order lines, per pool. {@link #hold} takes units only while the source's count covers what is held
 * (and, for offers, what was shipped since the source last counted): one atomic step per pool, so concurrent
 * checkouts never take the same unit. Each order's holds are settled once: released or consumed.
 */
@Repository
public interface StockLedger {

    /** Holds {@code quantity} units of {@code pool} for the order line; false, holding nothing, when too few are left. */
    boolean hold(StockPool pool, int sourceCount, String orderNo, int lineNo, int quantity, Instant now);

    /** Units of the pool that could still be held now against {@code sourceCount} (for the refusal's message). */
    int available(StockPool pool, int sourceCount);

    /** The order's held units go back to their pools (cancelled, refused, unpaid). Idempotent. */
    void release(String orderNo, Instant now);

    /** The order's held units left the warehouse (released or shipped). Idempotent. */
    void consume(String orderNo, Instant now);
}
