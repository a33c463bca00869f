package io.kuajing.logistics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Where shipments are kept (the work queue over them is {@link ShipmentQueue}). Every method runs in the caller's transaction. */
@SecondaryPort
@Repository
public interface ShipmentStore {

    List<Shipment> byOrder(String orderId);

    /** The shipments of these ids that exist, with their tracking, in one read whatever their number. */
    List<Shipment> byIds(List<String> ids);

    /** Reads the shipment and locks its row until the transaction ends, so a push and a poll never interleave on it. */
    Optional<Shipment> lockById(String id);

    /** {@link #lockById} for several shipments at once, locked in one order whoever asks, so two callers do not deadlock. */
    List<Shipment> lockByIds(List<String> ids);

    Optional<Shipment> byWaybill(String carrierId, String waybillNumber);

    /** @return false when a shipment for the same order and leg exists (a concurrent create won) */
    boolean insert(Shipment shipment);

    /** Saves status, booking, schedule and the tracking entries not yet stored. */
    void update(Shipment shipment);

    void saveLabel(String shipmentId, String format, byte[] content);

    /** The label to print: its format (PDF, PNG, ZPL) and bytes. */
    record Label(String format, byte[] content) {
    }

    Optional<Label> label(String shipmentId);

    /** Notes that customs released the order's goods; noting it again changes nothing. */
    void recordRelease(String orderId, Instant releasedAt);

    boolean released(String orderId);

    /** Those of {@code orderIds} whose goods customs released, in one read whatever their number. */
    Set<String> released(List<String> orderIds);
}
