package io.kuajing.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC wall-clock values (DATETIME(6)) so neither the driver nor the server shifts them: the
 * modules' persistence rows carry {@link LocalDateTime}s in UTC, converted here from and to the domain's instants.
 */
public final class UtcTime {

    private UtcTime() {
    }

    /** The instant as a UTC wall-clock time; null stays null (a nullable column). */
    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The UTC wall-clock time as the instant it was; null stays null. */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
