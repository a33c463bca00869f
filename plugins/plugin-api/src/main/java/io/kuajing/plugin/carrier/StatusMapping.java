package io.kuajing.plugin.carrier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A carrier's table from its raw status codes to canonical statuses (and reasons). Every code the carrier
 * documents belongs here; a code outside it maps to {@link TrackingStatus#UNKNOWN}, never to a guess.
 */
public final class StatusMapping {

    /** A canonical status with its reason (null when none). */
    public record Canonical(TrackingStatus status, TrackingReason reason) {
        public Canonical {
            Objects.requireNonNull(status, "status");
        }
    }

    private final Map<String, Canonical> table;

    private StatusMapping(Map<String, Canonical> table) {
        this.table = Map.copyOf(table);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Canonical map(String raw) {
        Canonical c = raw == null ? null : table.get(raw);
        return c == null ? new Canonical(TrackingStatus.UNKNOWN, null) : c;
    }

    /** Every documented raw code with its mapping. */
    public Map<String, Canonical> entries() {
        return table;
    }

    /** Builds a mapping; a raw code may be declared only once. */
    public static final class Builder {
        private final Map<String, Canonical> table = new LinkedHashMap<>();

        public Builder map(String raw, TrackingStatus status) {
            return map(raw, status, null);
        }

        public Builder map(String raw, TrackingStatus status, TrackingReason reason) {
            if (table.putIfAbsent(raw, new Canonical(status, reason)) != null) {
                throw new IllegalArgumentException("raw status declared twice: " + raw);
            }
            return this;
        }

        public StatusMapping build() {
            return new StatusMapping(table);
        }
    }
}
