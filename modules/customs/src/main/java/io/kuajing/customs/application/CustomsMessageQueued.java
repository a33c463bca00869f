package io.kuajing.customs.application;

import org.jmolecules.event.types.DomainEvent;

/**
 * Signed customs messages of an order were kept with their change and wait to be handed to the single window
 * (internal): one event per change, naming the first of its messages.
 */
public record CustomsMessageQueued(String guid, String orderNo, String type) implements DomainEvent {
}
