package io.kuajing.logistics;

/** Where a shipment (one leg, one waybill) stands. */
public enum ShipmentStatus {
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
    CANCELLED;

    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED || this == CANCELLED;
    }
}
