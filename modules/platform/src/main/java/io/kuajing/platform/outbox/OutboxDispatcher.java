package io.kuajing.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.EventDeferred;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.kuajing.platform.Transactions;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.jmolecules.event.types.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers stored publications to their handlers on {@code kuajing.outbox.workers} background threads per app
 * instance.
 *
 * <p>It starts with the app, so publications left pending by a crash are delivered on the next start. Its workers
 * wake on every commit that published something and otherwise poll. Each worker claims its own batch, exactly as
 * the dispatchers of two instances do, so handlers make no assumption about the order events of one order arrive
 * in (they defer an event that came too early, {@link EventDeferred}). Claiming is a short transaction at READ
 * COMMITTED that locks due rows with SKIP LOCKED and leases them to this instance; the batch's handlers then run in
 * one transaction that also completes their publications, and a completion only succeeds while this instance still
 * holds the lease.
 * When one of them fails, the batch is rolled back and each runs in a transaction of its own: a failing handler is
 * rolled back and retried later with exponential backoff, the others are completed.
 */
@Context
@Requires(property = "kuajing.outbox.dispatcher-enabled", notEquals = "false")
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final String name = "dispatcher-" + UUID.randomUUID();
    private final EventPublications publications;
    private final EventHandlers handlers;
    private final EventSerializer serializer;
    private final Transactions transactions;
    private final OutboxSettings settings;
    private final Clock clock;
    /** Commits seen so far, under its own monitor: a worker waits for one newer than it saw before its last claim. */
    private final Object commitSignal = new Object();
    private long commits;
    private volatile boolean running = true;
    /** Whose share of a batch comes first moves on by one every claim, so what one handler leaves goes to each in turn. */
    private final AtomicInteger claims = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();

    OutboxDispatcher(EventPublications publications, EventHandlers handlers, EventSerializer serializer,
                     Transactions transactions, OutboxSettings settings, Clock clock) {
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
        for (int i = 1; i <= settings.getWorkers(); i++) {
            Thread worker = new Thread(this::run, "kuajing-outbox-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        LOG.info("outbox {} started with {} workers", name, workers.size());
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        synchronized (commitSignal) {
            commitSignal.notifyAll();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread worker : workers) {
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onCommitted(OutboxCommitted committed) {
        synchronized (commitSignal) {
            commits++;
            commitSignal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                long seen = commitsSoFar();
                if (dispatchDue() < settings.getBatchSize()) {
                    awaitCommitAfter(seen);
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

    private long commitsSoFar() {
        synchronized (commitSignal) {
            return commits;
        }
    }

    /** Until a commit newer than {@code seen} (none is lost while the worker was busy) or the poll interval passes. */
    private void awaitCommitAfter(long seen) throws InterruptedException {
        long deadline = System.nanoTime() + settings.getPollInterval().toNanos();
        synchronized (commitSignal) {
            long left = deadline - System.nanoTime();
            while (running && commits == seen && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(commitSignal, left);
                left = deadline - System.nanoTime();
            }
        }
    }

    /** @return how many publications were claimed in this round */
    int dispatchDue() {
        Instant now = clock.instant();
        // READ COMMITTED (ADR 0041): at REPEATABLE READ the claim's locking read also locks the due index's gaps, where
        // publishing transactions insert; until ADR 0049 every lease moved its rows into them too, and two workers'
        // claims each waited there for the other.
        List<String> listeners = inTurn(handlers.ids());
        List<Publication> claimed = transactions.writeReadCommitted(() ->
                publications.claim(name, now, now.plus(settings.getLease()), settings.getBatchSize(), listeners));
        deliverTogether(claimed);
        return claimed.size();
    }

    /**
     * The handlers in this claim's turn. Only this app's handlers are claimed for: a publication for a handler it does
     * not have (another version's, beside it in a rolling upgrade) is left to an instance that has it.
     */
    private List<String> inTurn(List<String> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        int first = Math.floorMod(claims.getAndIncrement(), ids.size());
        List<String> turn = new ArrayList<>(ids.subList(first, ids.size()));
        turn.addAll(ids.subList(0, first));
        return turn;
    }

    /**
     * A claimed batch is delivered in one transaction: every handler and its completion, one commit — a transaction
     * and commit per event cost the pipeline as much as most handlers' work. If any handler fails or defers, or a
     * lease was lost, nothing of the batch was kept, and each publication is delivered in its own transaction as
     * {@link #deliver} always did, so only the failing one is retried later (handlers are idempotent: at least once).
     */
    private void deliverTogether(List<Publication> claimed) {
        if (claimed.size() < 2) {
            claimed.forEach(this::deliver);
            return;
        }
        try {
            transactions.write(() -> {
                claimed.forEach(this::handle);
                completeWhileLeased(claimed);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("a batch of {} publications could not be delivered together ({}), delivering them one by one",
                    claimed.size(), e.toString());
            claimed.forEach(this::deliver);
        }
    }

    private void deliver(Publication publication) {
        try {
            // A handler that lost a lock conflict runs again at once (handlers are idempotent: delivery is at least once).
            transactions.write(() -> {
                handle(publication);
                completeWhileLeased(List.of(publication));
                return null;
            });
        } catch (RuntimeException e) {
            recordFailure(publication, e);
        }
    }

    private void handle(Publication publication) {
        EventHandler<?> handler = handlers.byId(publication.listenerId()).orElseThrow(() ->
                new IllegalStateException("no handler with id " + publication.listenerId()));
        invoke(handler, publication);
    }

    /** In the handlers' transaction: completed only while this instance still holds every lease, else rolled back. */
    private void completeWhileLeased(List<Publication> delivered) {
        List<Long> ids = delivered.stream().map(Publication::id).toList();
        if (!publications.complete(ids, name, clock.instant())) {
            throw new IllegalStateException("a lease on publications " + ids + " was lost");
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
        transactions.write(() -> {
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
