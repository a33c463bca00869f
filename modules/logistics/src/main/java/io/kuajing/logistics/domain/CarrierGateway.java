package io.kuajing.logistics.domain;

import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The carriers, as the domain needs them. Every call is bounded in time and guarded by a circuit breaker; a
 * carrier that hangs or throws yields a {@link CarrierFailure}, never a stuck thread or a crash.
 */
@SecondaryPort
public interface CarrierGateway {

    /** Services declaring the leg's lane and regime (no carrier call). */
    List<CarrierCandidate> candidates(LegKind leg, String originCountry, String destinationCountry, Regime regime);

    /**
     * The carrier's price for the service, or empty when it cannot quote in time.
     *
     * @throws CarrierFailure of kind {@code INVALID_INPUT} only: the plugin could not take the question's values
     *         (the asker's fault, not the carrier's); every other failure is an empty quote
     */
    Optional<Money> quote(CarrierCandidate candidate, Manifest manifest);

    /**
     * Books the leg; idempotent by {@code idempotencyKey}. With {@code collectOnRequest} a carrier that takes pickup
     * requests issues the waybill but sends no courier until {@link #callCourier}; any other collects as usual
     * (the booking says which).
     */
    Booking book(CarrierCandidate candidate, String idempotencyKey, String orderId, Manifest manifest, boolean collectOnRequest);

    /**
     * Cancels the waybill with its carrier.
     *
     * @throws CarrierFailure of kind {@code TOO_LATE} when the parcel has already left the shipper's hands
     */
    void cancel(String carrierId, String waybillNumber);

    /** Whether the carrier takes pickup calls (so it can book a waybill and collect only when called). */
    boolean takesPickupCalls(String carrierId);

    /** Asks the carrier to collect the waybill's parcel at {@code from} on {@code day}. */
    void callCourier(String carrierId, String waybillNumber, Place from, java.time.LocalDate day);

    List<TrackingEntry> track(String carrierId, String waybillNumber);

    /** Reads a tracking push whose signature was already verified: its events by waybill number. */
    java.util.Map<String, List<TrackingEntry>> parsePush(String carrierId, byte[] body);

    List<CarrierStatus> carriers();
}
