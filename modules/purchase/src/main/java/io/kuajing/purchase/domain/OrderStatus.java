package io.kuajing.purchase.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its trip: placed, paid, declared to customs, released by customs, shipped, delivered;
 * or cancelled (then refunded if it was paid), or returned after delivery — or its return refused by customs
 * (RETURN_REFUSED: the goods stay with the consumer, nothing is refunded). Only the listed moves exist.
 */
public enum OrderStatus {
    PLACED, PAID, DECLARED, RELEASED, SHIPPED, DELIVERED, CANCELLED, REFUNDED, RETURNED, RETURN_REFUSED;

    private Set<OrderStatus> next;

    static {
        PLACED.next = EnumSet.of(PAID, CANCELLED);
        // A direct-purchase (general trade) order skips customs: paid goes straight to shipped.
        PAID.next = EnumSet.of(DECLARED, SHIPPED, CANCELLED);
        // Customs rejection or the consumer's cancellation before release.
        DECLARED.next = EnumSet.of(RELEASED, CANCELLED);
        RELEASED.next = EnumSet.of(SHIPPED);
        SHIPPED.next = EnumSet.of(DELIVERED);
        DELIVERED.next = EnumSet.of(RETURNED, RETURN_REFUSED);
        CANCELLED.next = EnumSet.of(REFUNDED);
        REFUNDED.next = EnumSet.noneOf(OrderStatus.class);
        RETURNED.next = EnumSet.of(REFUNDED);
        // Customer service may still take the goods back (a new return customs accepts).
        RETURN_REFUSED.next = EnumSet.of(RETURNED);
    }

    public boolean canMoveTo(OrderStatus target) {
        return next.contains(target);
    }

    /** Cancellation is possible until customs has released the goods (or, without customs, until shipment). */
    public boolean isCancellable() {
        return canMoveTo(CANCELLED);
    }
}
