package io.kuajing.logistics.application;

/**
 * A transaction made shipments due for work now (planned, or nudged by a hand-over or customs' release): after its
 * commit the {@link ShipmentWorker} looks at once instead of at its next poll (internal, never stored).
 */
record ShipmentsDue() {
}
