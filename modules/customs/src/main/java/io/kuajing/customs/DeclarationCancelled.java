package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Customs approved the cancellation of the order's inventory list (CEB624); its quota was given back. */
@org.jmolecules.event.annotation.DomainEvent
public record DeclarationCancelled(String orderNo, Instant at) implements DomainEvent {
}
