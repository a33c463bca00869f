package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times are stored as UTC wall-clock values (DATETIME(6)) so neither the driver nor the server shifts them, as in
 * the platform's outbox: rows carry {@link LocalDateTime}s in UTC.
 */
final class UtcTime {

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private UtcTime() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * An instant as the UTC wall-clock text of a DATETIME(6), bound as a string where its microseconds matter:
     * Connector/J drops the fraction of a bound time on MariaDB (it reads the server as MySQL 5.5), and an import a
     * few milliseconds ago would not be due yet. Also formatted once for a whole page instead of once per row and
     * column. MySQL, MariaDB and H2 all read this text as a DATETIME.
     */
    static String text(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
