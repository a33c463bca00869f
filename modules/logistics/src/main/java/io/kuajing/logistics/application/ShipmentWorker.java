package io.kuajing.logistics.application;

import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books and tracks due shipments on a thread of its own. It wakes on every commit that made shipments due
 * ({@link ShipmentsDue}) and otherwise polls every {@code kuajing.logistics.worker.interval}: a paid order's parcel
 * is booked as soon as it is planned, not at the next poll (the pipeline's first declaration waited up to 20 s for
 * the first round, and a drained queue up to 15 s for the next). Safe on many instances at once: each round claims
 * its rows with SKIP LOCKED and a lease (see {@link WorkingShipments#runDue()}).
 */
@Singleton
@Requires(property = "kuajing.logistics.worker.enabled", notEquals = "false")
class ShipmentWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentWorker.class);
    private static final int MAX_BATCHES_PER_ROUND = 50;

    private final WorkingShipments shipments;
    private final LogisticsSettings settings;
    /** Commits that made shipments due, under its own monitor: the worker waits for one newer than it saw before its round. */
    private final Object dueSignal = new Object();
    private long dues;
    private volatile boolean running = true;
    private Thread thread;

    ShipmentWorker(WorkingShipments shipments, LogisticsSettings settings) {
        this.shipments = shipments;
        this.settings = settings;
    }

    /** Started once the context is up, like the outbox dispatcher: the carriers and the data source are ready then. */
    @EventListener
    void start(StartupEvent started) {
        thread = new Thread(this::run, "kuajing-shipment-worker");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        synchronized (dueSignal) {
            dueSignal.notifyAll();
        }
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onDue(ShipmentsDue due) {
        synchronized (dueSignal) {
            dues++;
            dueSignal.notifyAll();
        }
    }

    private void run() {
        try {
            awaitDueAfter(duesSoFar(), settings.getInitialDelay().toNanos());
            while (running) {
                long seen = duesSoFar();
                roundSafely();
                awaitDueAfter(seen, settings.getInterval().toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void roundSafely() {
        try {
            // Keep going while there is a backlog, but bounded: a row that is due again at once must not spin this thread.
            for (int batch = 0; batch < MAX_BATCHES_PER_ROUND && running && shipments.runDue() > 0; batch++) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            // The database may be briefly gone; never let the worker thread die of it.
            LOG.warn("shipment round failed, trying again at the next wake-up or poll", e);
        }
    }

    private long duesSoFar() {
        synchronized (dueSignal) {
            return dues;
        }
    }

    /** Until a commit newer than {@code seen} made shipments due (none is lost while the round ran) or {@code nanos} pass. */
    private void awaitDueAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (dueSignal) {
            long left = deadline - System.nanoTime();
            while (running && dues == seen && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(dueSignal, left);
                left = deadline - System.nanoTime();
            }
        }
    }
}
