package io.kuajing.logistics.application;

import java.util.Optional;

import io.kuajing.logistics.domain.ShipmentStore;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What this module's own web adapters ask beyond the Shipments API: labels to print, carriers' tracking pushes. */
@PrimaryPort
public interface ShipmentDesk {

    Optional<ShipmentStore.Label> label(String shipmentId);

    /**
     * Applies a carrier's pushed tracking events.
     *
     * @return how many events were new
     * @throws io.kuajing.logistics.domain.CarrierFailure when the push cannot be read; nothing is applied then
     */
    int applyPush(String carrierId, byte[] body);
}
