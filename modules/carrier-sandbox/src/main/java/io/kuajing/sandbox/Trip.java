package io.kuajing.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A parcel's journey as a simulated carrier scans it: checkpoints at fixed offsets from booking, revealed as
 * simulated time passes, so repeated tracking calls see the trip advance and never go back. A cancelled trip stops
 * where it was and ends with the carrier's cancellation scan.
 */
final class Trip {

    /** One planned scan: {@code after} the booking, the carrier's raw {@code code}, where, and its note. */
    record Checkpoint(Duration after, String code, String place, String note) {
    }

    /** A scan that happened. */
    record Scan(Instant at, String code, String place, String note) {
    }

    enum Cancellation { CANCELLED, TOO_LATE }

    /** When the trip's clock started; null while an e-waybill waits for the shipper to call the courier. */
    private Instant booked;
    private final List<Checkpoint> plan;
    private Scan cancelled;

    Trip(Instant booked, List<Checkpoint> plan) {
        this.booked = booked;
        this.plan = List.copyOf(plan);
    }

    /** The courier collects now: the trip's scans start from here. Collecting a moving parcel again changes nothing. */
    synchronized void collect(Instant now) {
        if (booked == null) {
            booked = now;
        }
    }

    /** The scans made by {@code now}, oldest first. */
    synchronized List<Scan> scans(Instant now) {
        List<Scan> scans = new ArrayList<>();
        for (Checkpoint c : booked == null ? List.<Checkpoint>of() : plan) {
            Instant at = booked.plus(c.after());
            if (at.isAfter(now) || cancelled != null && at.isAfter(cancelled.at())) {
                break;
            }
            scans.add(new Scan(at, c.code(), c.place(), c.note()));
        }
        if (cancelled != null && !cancelled.at().isAfter(now)) {
            scans.add(cancelled);
        }
        return scans;
    }

    /**
     * Cancels unless the parcel was already scanned {@code lastCancellableBefore} (carriers refuse once it has
     * left the shipper's hands), and ends the trip with the carrier's {@code cancelCode} scan. Cancelling twice is
     * fine: the carrier just confirms again.
     */
    synchronized Cancellation cancel(Instant now, String lastCancellableBefore, String cancelCode, String note) {
        if (cancelled != null) {
            return Cancellation.CANCELLED;
        }
        boolean tooLate = scans(now).stream().anyMatch(s -> s.code().equals(lastCancellableBefore));
        if (tooLate) {
            return Cancellation.TOO_LATE;
        }
        cancelled = new Scan(now, cancelCode, null, note);
        return Cancellation.CANCELLED;
    }

    /** The plan of a trip, written in days and hours after booking, as carriers quote their lead times. */
    static final class Plan {
        private final List<Checkpoint> checkpoints = new ArrayList<>();

        Plan at(int days, int hours, String code, String place, String note) {
            checkpoints.add(new Checkpoint(Duration.ofDays(days).plusHours(hours), code, place, note));
            return this;
        }

        Trip startingAt(Instant booked) {
            return new Trip(booked, checkpoints);
        }

        /** An e-waybill only: nothing happens until the shipper calls the courier ({@link Trip#collect}). */
        Trip awaitingCollection() {
            return new Trip(null, checkpoints);
        }
    }
}
