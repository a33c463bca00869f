package io.kuajing.platform;

import org.jmolecules.event.types.DomainEvent;

/**
 * Reacts to a domain event of another module, after the transaction that published it committed.
 *
 * <p>Delivery is at least once: {@link #handle} runs in its own transaction together with marking the
 * publication completed, so its database effects happen exactly once, but anything it does outside the
 * database may be repeated after a crash, and it may see an event again. Handlers must be idempotent;
 * {@link EventMetadata#eventId()} is stable across redeliveries for that purpose. A handler that throws is
 * retried with exponential backoff.
 *
 * @param <E> the event type handled (and its subtypes)
 */
public interface EventHandler<E extends DomainEvent> {

    /** A stable id, stored with every publication: renaming it orphans pending publications. */
    String id();

    Class<E> eventType();

    void handle(E event, EventMetadata metadata);
}
