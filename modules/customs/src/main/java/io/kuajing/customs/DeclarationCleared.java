package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Customs closed the order's declaration (899). */
@org.jmolecules.event.annotation.DomainEvent
public record DeclarationCleared(String orderNo, String invtNo, Instant at) implements DomainEvent {
}
