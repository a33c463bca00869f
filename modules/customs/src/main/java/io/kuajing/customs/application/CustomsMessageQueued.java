package io.kuajing.customs.application;

import org.jmolecules.event.types.DomainEvent;

/** A signed customs message was kept with its change and waits to be handed to the single window (internal). */
public record CustomsMessageQueued(String guid, String orderNo, String type) implements DomainEvent {
}
