package io.kuajing.logistics;

/** Where a shipment (one leg, one waybill) stands. */
public enum ShipmentStatus {
    /**
     * A later leg (the last mile after the port) waiting for the leg before it to hand the parcel over and, after
     * a customs leg, for customs to release it; no carrier is booked for it yet.
     */
    PLANNED,
    /** Created, waiting for a carrier to issue a waybill. */
    BOOKING,
    /** Waybill issued, parcel not yet moving. */
    BOOKED,
    IN_TRANSIT,
    IN_CUSTOMS,
    OUT_FOR_DELIVERY,
    /** The leg is done: delivered to the consumer or handed to the next carrier. */
    DELIVERED,
    /** Needs attention: customs hold or question, failed delivery. */
    EXCEPTION,
    RETURNED,
    /** The order was cancelled before this booked parcel moved: the carrier is being asked to cancel its waybill. */
    CANCELLING,
    CANCELLED;

    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED || this == CANCELLED;
    }
}
