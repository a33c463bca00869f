package io.kuajing.purchase;

import org.jmolecules.event.types.DomainEvent;

/** Customs accepted the return of a delivered order (or, without customs, the shop did); the money went back. */
public record OrderReturned(String orderNo, boolean refunded) implements DomainEvent {
}
