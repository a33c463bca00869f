package io.kuajing.catalog.adapter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.kuajing.kernel.RuleViolation;

/** Page bounds and the pricing date shared by the catalogue's controllers. */
final class Paging {

    static final int MAX_SIZE = 100;
    /** Prices, FX rates and delivery promises follow the calendar of the consumers, in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new RuleViolation("page", "min", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "range", "size must be 1.." + MAX_SIZE);
        }
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
