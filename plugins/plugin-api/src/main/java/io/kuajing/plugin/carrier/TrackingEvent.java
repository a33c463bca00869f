package io.kuajing.plugin.carrier;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a parcel: when, its canonical status (and why, for exceptions), the carrier's raw
 * status code kept for support, where, and the carrier's own words. Two reports of the same happening are
 * equal, which makes replays idempotent.
 */
public record TrackingEvent(String waybillNumber, Instant occurredAt, TrackingStatus status, TrackingReason reason,
                            String rawStatus, String location, String description) {

    public TrackingEvent {
        Objects.requireNonNull(waybillNumber, "waybillNumber");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rawStatus, "rawStatus");
        location = location == null ? "" : location;
        description = description == null ? "" : description;
    }

    /** What identifies the happening across replays: the same raw status at the same instant. */
    public String identity() {
        return waybillNumber + "|" + occurredAt + "|" + rawStatus;
    }
}
