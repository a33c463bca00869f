package io.kuajing.purchase;

import java.time.Duration;
import java.util.List;

/**
 * Orders as operators see them: by status, oldest first, personal data masked. Listings read {@code limit} orders from
 * the {@code offset}-th on, so every page of a long listing can be reached.
 */
public interface OrderDesk {

    /** @param status one of PLACED, PAID, DECLARED, RELEASED, SHIPPED, DELIVERED, CANCELLED, REFUNDED, RETURNED, RETURN_REFUSED */
    List<OrderView> withStatus(String status, long offset, int limit);

    /**
     * Orders still on their way (paid, declared, released or shipped) that were placed longer ago than
     * {@code olderThan}: where to look first when something is stuck. Their pending events can be resubmitted at
     * {@code /api/operations/failed-events}.
     */
    List<OrderView> stuck(Duration olderThan, long offset, int limit);

    /**
     * Orders customs said something against within the last {@code within} — refused declaration, cancellation or
     * return, or a message kept back unsent — latest first, each with its {@code customs} block (reason, next step).
     */
    List<OrderView> refusedByCustoms(Duration within, long offset, int limit);

    /** One order with its trip (legs, carriers, scans), for looking into a stuck one; empty when there is none. */
    java.util.Optional<OrderView> order(String orderNo);
}
