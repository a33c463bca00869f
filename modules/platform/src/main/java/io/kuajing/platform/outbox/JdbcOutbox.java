package io.kuajing.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import io.kuajing.platform.EventHandler;
import io.kuajing.platform.Outbox;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.jmolecules.event.types.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores publications in the caller's transaction; MANDATORY so an event can never outlive a rolled-back change. */
@Singleton
class JdbcOutbox implements Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);

    private final EventHandlers handlers;
    private final EventPublications publications;
    private final EventSerializer serializer;
    private final ApplicationEventPublisher<OutboxCommitted> commits;
    private final Clock clock;

    JdbcOutbox(EventHandlers handlers, EventPublications publications, EventSerializer serializer,
               ApplicationEventPublisher<OutboxCommitted> commits, Clock clock) {
        this.handlers = handlers;
        this.publications = publications;
        this.serializer = serializer;
        this.commits = commits;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        String json = serializer.write(event);
        var interested = handlers.interestedIn(event.getClass());
        for (EventHandler<?> handler : interested) {
            publications.insert(eventId, handler.id(), event.getClass().getName(), json, clock.instant());
        }
        LOG.debug("event {} {} stored for {} handler(s)", event.getClass().getSimpleName(), eventId, interested.size());
        commits.publishEvent(new OutboxCommitted());
    }
}
