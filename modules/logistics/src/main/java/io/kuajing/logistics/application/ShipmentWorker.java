package io.kuajing.logistics.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Books and tracks due shipments on a schedule. Safe on many instances at once: each round claims its rows with
 * SKIP LOCKED and a lease (see {@link WorkingShipments#runDue()}).
 */
@Singleton
@Requires(property = "kuajing.logistics.worker.enabled", notEquals = "false")
class ShipmentWorker {

    private final WorkingShipments shipments;

    ShipmentWorker(WorkingShipments shipments) {
        this.shipments = shipments;
    }

    @Scheduled(fixedDelay = "${kuajing.logistics.worker.interval:15s}", initialDelay = "${kuajing.logistics.worker.initial-delay:20s}")
    void round() {
        // Keep going while there is a backlog, but bounded: a row that is due again at once must not spin this thread.
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND && shipments.runDue() > 0; batch++) {
            Thread.onSpinWait();
        }
    }

    private static final int MAX_BATCHES_PER_ROUND = 50;
}
