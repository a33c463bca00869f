package io.kuajing.logistics.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The worker's queue of shipments due for work (booking, tracking, cancelling): which ones to take now, and making
 * waiting ones due at once when their news arrives. Kept apart from {@link ShipmentStore}, which keeps shipments and
 * knows nothing of who works on them when. Every method runs in the caller's transaction.
 */
@SecondaryPort
public interface ShipmentQueue {

    /**
     * Locks up to {@code limit} shipments due for work, skipping those another instance holds (SKIP LOCKED), and
     * leases them until {@code leaseUntil} so no other instance takes them while this one calls the carrier.
     */
    List<String> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * Makes the order's waiting legs — planned ones, and booked ones whose courier is to be called on release — due
     * at {@code now}, so the worker looks at them at once. Takes their row locks: a worker deciding on one of them
     * either sees this transaction's news or is nudged after it. A leg already due before {@code leasedUntilAtMost}
     * is left as it is: it may be leased to a worker, and it is due soon anyway.
     */
    void nudgeWaiting(String orderId, Instant now, Instant leasedUntilAtMost);
}
