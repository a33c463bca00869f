package io.kuajing.plugin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.PickupConfirmation;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.StatusMapping;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.WaybillFiling;

/**
 * A carrier: moves parcels along lanes (overseas warehouse to a Chinese port, bonded warehouse to the consumer,
 * port to the consumer). Implementations must be safe to call from several threads.
 *
 * <p>Every operation is optional and fails with {@link UnsupportedOperation} unless the plugin overrides it; a
 * plugin declares in its descriptor exactly the capabilities it overrides (see {@link #implementedCapabilities}).
 * Operations talk to the carrier only through the {@link HttpTransport} of the {@link PluginContext} given to
 * {@link #start}, and fail with a typed {@link CarrierError}.
 */
public interface CarrierPlugin extends Plugin {

    /** The services this carrier sells, each with its leg, lanes and transit time. Cheap, no I/O. */
    List<CarrierService> services();

    /** Quotes for the request's service, or for every service serving the lane when it names none. {@link Capability#RATE}. */
    default List<RateQuote> rate(RateRequest request) {
        throw new UnsupportedOperation(descriptor().id(), Capability.RATE);
    }

    /**
     * Books a shipment and returns its waybill and label. Idempotent by {@link ShipmentRequest#idempotencyKey()}:
     * the same key returns the same waybill, never a second booking. {@link Capability#SHIP}.
     */
    default ShipmentResult createShipment(ShipmentRequest request) {
        throw new UnsupportedOperation(descriptor().id(), Capability.SHIP);
    }

    /** Cancels a booked shipment; {@link CarrierError.Kind#TOO_LATE} once picked up. {@link Capability#CANCEL}. */
    default void cancel(String waybillNumber) {
        throw new UnsupportedOperation(descriptor().id(), Capability.CANCEL);
    }

    /** Everything the carrier knows about a waybill. {@link Capability#TRACK}. */
    default TrackingReport track(String waybillNumber) {
        throw new UnsupportedOperation(descriptor().id(), Capability.TRACK);
    }

    /**
     * Reads a tracking push (webhook body) the carrier sent. The host has already verified its signature.
     * Part of {@link Capability#TRACK}; a carrier without pushes leaves it unsupported.
     */
    default List<TrackingEvent> parseTrackingPush(byte[] body) {
        throw new UnsupportedOperation(descriptor().id(), Capability.TRACK);
    }

    /** The carrier's raw status codes and their canonical statuses; required with {@link Capability#TRACK}. */
    default StatusMapping statusMapping() {
        return StatusMapping.builder().build();
    }

    /** Books a pickup at a warehouse. {@link Capability#PICKUP}. */
    default PickupConfirmation schedulePickup(PickupRequest request) {
        throw new UnsupportedOperation(descriptor().id(), Capability.PICKUP);
    }

    /** The carrier's part of the CEB511 waybill message for a booked shipment; no I/O. {@link Capability#CUSTOMS_FILING}. */
    default WaybillFiling waybillFiling(ShipmentRequest request, ShipmentResult result) {
        throw new UnsupportedOperation(descriptor().id(), Capability.CUSTOMS_FILING);
    }

    /** The carrier capabilities a plugin class really implements: those whose operation it overrides. */
    static Set<Capability> implementedCapabilities(Class<? extends CarrierPlugin> type) {
        Map<Capability, String[]> operations = new LinkedHashMap<>();
        operations.put(Capability.RATE, new String[] {"rate"});
        operations.put(Capability.SHIP, new String[] {"createShipment"});
        operations.put(Capability.CANCEL, new String[] {"cancel"});
        operations.put(Capability.TRACK, new String[] {"track"});
        operations.put(Capability.PICKUP, new String[] {"schedulePickup"});
        operations.put(Capability.CUSTOMS_FILING, new String[] {"waybillFiling"});
        Set<Capability> implemented = EnumSet.noneOf(Capability.class);
        for (var entry : operations.entrySet()) {
            for (var method : CarrierPlugin.class.getDeclaredMethods()) {
                if (!method.isDefault() || !method.getName().equals(entry.getValue()[0])) {
                    continue;
                }
                try {
                    var actual = type.getMethod(method.getName(), method.getParameterTypes());
                    if (actual.getDeclaringClass() != CarrierPlugin.class) {
                        implemented.add(entry.getKey());
                    }
                } catch (NoSuchMethodException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return implemented;
    }

    /** The carrier capabilities of the enum, for checking that a carrier declares no marketplace capability. */
    static Set<Capability> carrierCapabilities() {
        return EnumSet.of(Capability.RATE, Capability.SHIP, Capability.CANCEL, Capability.TRACK, Capability.PICKUP,
                Capability.CUSTOMS_FILING);
    }
}
