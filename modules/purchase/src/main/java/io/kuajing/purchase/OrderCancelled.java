package io.kuajing.purchase;

import org.jmolecules.event.types.DomainEvent;

/** An order was cancelled before release; {@code refunded} when it had been paid and the money went back. */
public record OrderCancelled(String orderNo, String reason, boolean refunded)
        implements DomainEvent {
}
