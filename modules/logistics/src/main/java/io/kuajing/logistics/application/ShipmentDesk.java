package io.kuajing.logistics.application;

import java.util.Optional;

import io.kuajing.logistics.domain.ShipmentStore;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What this module's own web adapters ask beyond the Shipments API: labels to print (pushes: {@link TrackingPushes}). */
@PrimaryPort
public interface ShipmentDesk {

    Optional<ShipmentStore.Label> label(String shipmentId);
}
