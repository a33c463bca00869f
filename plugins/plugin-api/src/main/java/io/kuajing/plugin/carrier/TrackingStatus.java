package io.kuajing.plugin.carrier;

/**
 * Where a parcel is in its trip, the same words for every carrier. Customs statuses sit between line haul and
 * last mile. Terminal statuses end the trip: once reached, tracking never moves a shipment back.
 */
public enum TrackingStatus {
    /** Waybill issued, parcel not yet with the carrier. */
    PENDING(false, false),
    PICKED_UP(false, false),
    IN_TRANSIT(false, false),
    /** Declared and under customs control at the port or bonded zone. */
    CUSTOMS_PROCESSING(false, false),
    /** Customs asks for something (ID document, invoice, payment proof) before it goes on. */
    CUSTOMS_INFO_REQUIRED(false, true),
    /** Detained by customs (inspection, seizure). */
    CUSTOMS_HELD(false, true),
    CUSTOMS_RELEASED(false, false),
    /** The line-haul or port carrier handed the parcel to the domestic last-mile carrier. */
    HANDED_TO_LAST_MILE(false, false),
    OUT_FOR_DELIVERY(false, false),
    DELIVERED(true, false),
    /** A delivery attempt failed; the carrier will usually try again. */
    DELIVERY_FAILED(false, true),
    RETURN_TO_SENDER(true, true),
    CANCELLED(true, false),
    /** The carrier reported something this plugin cannot map: never guessed into a real status. */
    UNKNOWN(false, false);

    private final boolean terminal;
    private final boolean exception;

    TrackingStatus(boolean terminal, boolean exception) {
        this.terminal = terminal;
        this.exception = exception;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** Needs attention from operations (and the consumer is told). */
    public boolean isException() {
        return exception;
    }
}
