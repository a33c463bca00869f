package io.kuajing.logistics;

import java.util.List;

/** Shipments of paid orders: created once per order, booked with carriers, tracked until delivered. */
public interface Shipments {

    /**
     * Plans the route of a paid order and creates its shipments (one per leg), to be booked with carriers in the
     * background. Idempotent by order id: a second call returns the shipments created by the first.
     *
     * @throws io.kuajing.kernel.RuleViolation when the order cannot be routed (unknown warehouse, wrong mode, no carrier)
     */
    List<ShipmentView> createFor(ShipmentOrder order);

    /**
     * Customs released the order's goods. A direct-mail parcel waits at the port until then: its last mile is booked
     * once the goods are released and the line haul handed them over. Idempotent; runs in the caller's transaction.
     */
    void releasedByCustoms(String orderId, java.time.Instant releasedAt);

    /**
     * The order was cancelled: legs not yet booked are dropped, booked ones that have not moved are cancelled with
     * their carrier (in the background); a parcel already moving goes on. Idempotent; runs in the caller's
     * transaction. @return how many legs were stopped or are being cancelled
     */
    int cancel(String orderId);

    /** The order's shipments, first leg first; empty when there are none. */
    List<ShipmentView> forOrder(String orderId);

    /** The owner (consumer id) of the order's shipments, if any. */
    java.util.Optional<String> ownerOf(String orderId);
}
