package io.kuajing.logistics.domain;

import io.kuajing.logistics.ShipmentStatus;

/** The canonical tracking statuses (the plugin SPI's words), and what each means for a shipment's status. */
public enum Checkpoint {
    PENDING(ShipmentStatus.BOOKED),
    PICKED_UP(ShipmentStatus.IN_TRANSIT),
    IN_TRANSIT(ShipmentStatus.IN_TRANSIT),
    CUSTOMS_PROCESSING(ShipmentStatus.IN_CUSTOMS),
    CUSTOMS_INFO_REQUIRED(ShipmentStatus.EXCEPTION),
    CUSTOMS_HELD(ShipmentStatus.EXCEPTION),
    CUSTOMS_RELEASED(ShipmentStatus.IN_CUSTOMS),
    /** Ends a line-haul leg: the parcel is the last-mile carrier's now. */
    HANDED_TO_LAST_MILE(ShipmentStatus.DELIVERED),
    OUT_FOR_DELIVERY(ShipmentStatus.OUT_FOR_DELIVERY),
    DELIVERED(ShipmentStatus.DELIVERED),
    DELIVERY_FAILED(ShipmentStatus.EXCEPTION),
    RETURN_TO_SENDER(ShipmentStatus.RETURNED),
    CANCELLED(ShipmentStatus.CANCELLED),
    /** Not mapped by the carrier: recorded, never changes the status. */
    UNKNOWN(null);

    private final ShipmentStatus shipmentStatus;

    Checkpoint(ShipmentStatus shipmentStatus) {
        this.shipmentStatus = shipmentStatus;
    }

    /** The shipment status this checkpoint leads to, or null when it changes nothing. */
    public ShipmentStatus shipmentStatus() {
        return shipmentStatus;
    }
}
