package io.kuajing.logistics.domain;

import java.time.Instant;
import java.util.Objects;

/** One tracking event of a waybill; the same raw status at the same instant is the same event (replays are ignored). */
public record TrackingEntry(Instant occurredAt, Checkpoint checkpoint, String reason, String rawStatus, String location,
                            String description) {

    public TrackingEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(rawStatus, "rawStatus");
    }

    public String identity() {
        return occurredAt.toEpochMilli() + "|" + rawStatus;
    }
}
