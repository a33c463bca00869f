package io.kuajing.purchase;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * An order moved on its trip after payment: DECLARED, RELEASED, SHIPPED or DELIVERED, with the waybill once it
 * ships. Placement, payment, cancellation and return have events of their own.
 */
public record OrderMoved(String orderNo, String status, String waybillNumber, Instant at) implements DomainEvent {
}
