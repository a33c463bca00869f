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
        // Customs may still approve a cancellation the consumer asked for before release, its release crossing the
        // request: the goods have not left the port, and customs has taken them off the list (ADR 0029).
        RELEASED.next = EnumSet.of(SHIPPED, CANCELLED);
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

    /**
     * Whether the consumer (or a refusal of the declaration) may still cancel: until customs has released the goods
     * (or, without customs, until shipment). Only customs' own approval cancels a released order.
     */
    public boolean isCancellable() {
        return this != RELEASED && canMoveTo(CANCELLED);
    }
}
