package io.kuajing.purchase.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC wall-clock values (DATETIME(6)) so neither the driver nor the server shifts them: rows
 * carry {@link LocalDateTime}s in UTC.
 */
final class UtcTime {

    private UtcTime() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
