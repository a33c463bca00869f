package io.kuajing.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business runs on China's calendar: a quota year, an order number's day, a rate's effective date, a receipt's
 * release date are all dates in Asia/Shanghai, whatever the server's zone.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
