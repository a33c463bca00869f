package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/**
 * Units held by order lines, per pool. {@link #hold} takes units only while the source's count covers what is held
 * (and, for offers, what was shipped since the source last counted). Each order's holds are settled once: released
 * or consumed.
 */
@Repository
public interface StockLedger {

    /** Units of {@code pool} an order line asks to hold, against the source's latest count of the pool. */
    record Hold(StockPool pool, int sourceCount, String orderNo, int lineNo, int quantity) {
    }

    /** A pool that had too few units for what was asked of it, and how many it could still hold. */
    record Shortage(StockPool pool, int available) {
    }

    /**
     * Holds every line's units, or none: one atomic step for all the pools, so concurrent checkouts never take the
     * same unit.
     *
     * @return a pool short of what the lines ask of it (nothing held), empty when every line's units are held
     */
    Optional<Shortage> hold(List<Hold> holds, Instant now);

    /** The order's held units go back to their pools (cancelled, refused, unpaid). Idempotent. */
    void release(String orderNo, Instant now);

    /** The order's held units left the warehouse (released or shipped). Idempotent. */
    void consume(String orderNo, Instant now);
}
