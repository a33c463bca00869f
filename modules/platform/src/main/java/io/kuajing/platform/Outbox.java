package io.kuajing.platform;

import java.util.List;

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

    /**
     * Records every one of {@code events}, in order, exactly as {@link #publish} would, for changes made in bulk
     * (a catalogue import page). The registry may write them with fewer statements; the guarantees are the same:
     * stored in the caller's transaction, and only for handlers interested in each event's type.
     *
     * @throws IllegalStateException when no transaction is active
     */
    default void publishAll(List<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }
}
