package io.kuajing.platform.testing;

import java.util.Collection;

import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import org.jmolecules.event.types.DomainEvent;

/**
 * An event handler for tests that stands in for another module: it records every event of its type the outbox
 * delivers into a collection the test reads.
 */
public class RecordingHandler<E extends DomainEvent> implements EventHandler<E> {

    private final String id;
    private final Class<E> type;
    private final Collection<? super E> delivered;

    public RecordingHandler(String id, Class<E> type, Collection<? super E> delivered) {
        this.id = id;
        this.type = type;
        this.delivered = delivered;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public void handle(E event, EventMetadata metadata) {
        delivered.add(event);
    }
}
