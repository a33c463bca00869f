package io.kuajing.platform.outbox;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.kuajing.platform.EventDeferred;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.jmolecules.event.types.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers stored publications to their handlers on one background thread per app instance.
 *
 * <p>It starts with the app, so publications left pending by a crash are delivered on the next start. It wakes
 * on every commit that published something and otherwise polls. Claiming is a short transaction that locks due
 * rows with SKIP LOCKED and leases them to this instance; each handler then runs in its own transaction that
 * also completes the publication, and that completion only succeeds while this instance still holds the
 * lease. A failing handler is rolled back and retried later with exponential backoff.
 */
@Context
@Requires(property = "kuajing.outbox.dispatcher-enabled", notEquals = "false")
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final String name = "dispatcher-" + UUID.randomUUID();
    private final EventPublications publications;
    private final EventHandlers handlers;
    private final EventSerializer serializer;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSettings settings;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running = true;
    private Thread worker;

    OutboxDispatcher(EventPublications publications, EventHandlers handlers, EventSerializer serializer,
                     TransactionOperations<Connection> transactions, OutboxSettings settings, Clock clock) {
        this.publications = publications;
        this.handlers = handlers;
        this.serializer = serializer;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Started once the context is up, not while beans (the data source among them) are still being created. */
    @EventListener
    void start(StartupEvent started) {
        worker = new Thread(this::run, "kuajing-outbox");
        worker.setDaemon(true);
        worker.start();
        LOG.info("outbox {} started", name);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        wakeUps.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onCommitted(OutboxCommitted committed) {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                if (dispatchDue() < settings.getBatchSize()) {
                    wakeUps.tryAcquire(settings.getPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly gone; never let the dispatcher thread die of it.
                LOG.warn("outbox dispatch failed, retrying after the poll interval", e);
                sleepQuietly();
            }
        }
    }

    /** @return how many publications were claimed in this round */
    int dispatchDue() {
        Instant now = clock.instant();
        List<Publication> claimed = transactions.executeWrite(status ->
                publications.claim(name, now, now.plus(settings.getLease()), settings.getBatchSize()));
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(Publication publication) {
        EventHandler<?> handler = handlers.byId(publication.listenerId()).orElse(null);
        if (handler == null) {
            recordFailure(publication, new IllegalStateException("no handler with id " + publication.listenerId()));
            return;
        }
        try {
            transactions.executeWrite(status -> {
                invoke(handler, publication);
                if (!publications.complete(publication.id(), name, clock.instant())) {
                    throw new IllegalStateException("lease on publication " + publication.id() + " was lost");
                }
                return null;
            });
        } catch (RuntimeException e) {
            recordFailure(publication, e);
        }
    }

    private <E extends DomainEvent> void invoke(EventHandler<E> handler, Publication publication) {
        E event = serializer.read(publication.serializedEvent(), handler.eventType());
        handler.handle(event, new EventMetadata(publication.eventId(), publication.publishedAt(), publication.attempts() + 1));
    }

    private void recordFailure(Publication publication, RuntimeException cause) {
        int attempts = publication.attempts() + 1;
        boolean deferred = cause instanceof EventDeferred;
        boolean exhausted = !deferred && attempts >= settings.getMaxAttempts();
        Instant retryAt = clock.instant().plus(settings.retryDelayAfter(attempts));
        if (deferred) {
            LOG.debug("handler {} deferred event {} until {}: {}", publication.listenerId(), publication.eventId(),
                    retryAt, cause.getMessage());
        } else {
            LOG.warn("handler {} failed on event {} (attempt {}{})", publication.listenerId(), publication.eventId(),
                    attempts, exhausted ? ", giving up" : ", retry at " + retryAt, cause);
        }
        transactions.executeWrite(status -> {
            publications.fail(publication.id(), name, exhausted, retryAt, cause.toString());
            return null;
        });
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.getPollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
