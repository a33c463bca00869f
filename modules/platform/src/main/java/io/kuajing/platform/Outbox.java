package io.kuajing.platform;

import org.jmolecules.event.types.DomainEvent;

/**
 * The event publication registry. {@link #publish} stores one publication per interested {@link EventHandler}
 * in the caller's database transaction, so the event exists if and only if the change that caused it committed.
 * After commit the publications are dispatched; a crash in between loses nothing, they are redelivered.
 */
public interface Outbox {

    /**
     * Records {@code event} for every handler of its type. Must be called inside a transaction.
     *
     * @throws IllegalStateException when no transaction is active
     */
    void publish(DomainEvent event);
}
