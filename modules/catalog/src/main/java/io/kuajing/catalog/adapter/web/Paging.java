package io.kuajing.catalog.adapter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The pricing date shared by the catalogue's controllers (page bounds: {@link io.kuajing.platform.Page#check}). */
final class Paging {

    /** Prices, FX rates and delivery promises follow the calendar of the consumers, in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Paging() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
