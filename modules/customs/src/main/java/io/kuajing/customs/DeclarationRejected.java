package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Customs rejected a document of the order; {@code reason} is customs' receipt text with its type and code. */
@org.jmolecules.event.annotation.DomainEvent
public record DeclarationRejected(String orderNo, String messageType, int statusCode, String reason, Instant at)
        implements DomainEvent {
}
