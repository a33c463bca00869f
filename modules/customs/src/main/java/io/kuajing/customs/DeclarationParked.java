package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A message of the order was kept back, never sent, because it does not conform to customs' schema (an operator
 * sees it at GET /api/customs/parked). {@code messageType} CEB621 means the declaration itself (nothing of the order
 * reached customs); CEB623 or CEB625 a cancellation or return, which then stays pending.
 */
@org.jmolecules.event.annotation.DomainEvent
public record DeclarationParked(String orderNo, String messageType, String reason, Instant at) implements DomainEvent {
}
