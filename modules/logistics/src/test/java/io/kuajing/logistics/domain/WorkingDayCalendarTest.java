package io.kuajing.logistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped calendar (config/logistics/china-calendar.txt) over Spring Festival and National Day. */
class WorkingDayCalendarTest {

    static WorkingDayCalendar shipped() {
        try (InputStream in = WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream("reference/logistics/china-calendar.txt")) {
            return WorkingDayCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private final WorkingDayCalendar calendar = shipped();

    @Test
    void springFestival2026IsNineDaysOffBridgedByTwoWorkedSaturdays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "Saturday 14 Feb 2026 is worked");
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(d), d + " is a holiday");
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 24)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 28)), "Saturday 28 Feb 2026 is worked");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 3, 1)), "an ordinary Sunday");
    }

    @Test
    void countingWorkingDaysJumpsOverSpringFestival() {
        // Friday 13 Feb 2026 + 1 working day = Saturday 14 (worked); + 2 = Tuesday 24, the first day after the holiday.
        assertEquals(LocalDate.of(2026, 2, 14), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1));
        assertEquals(LocalDate.of(2026, 2, 24), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2));
    }

    @Test
    void nationalDay2025IsEightDaysOffBridgedBySundayAndSaturday() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 9, 28)), "Sunday 28 Sep 2025 is worked");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 9)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 10, 11)), "Saturday 11 Oct 2025 is worked");
        // Tuesday 30 Sep 2025 + 1 working day lands on Thursday 9 Oct.
        assertEquals(LocalDate.of(2025, 10, 9), calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1));
    }

    @Test
    void nationalDay2026() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 20)), "Sunday 20 Sep 2026 is worked");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 9, 25)), "Mid-Autumn");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 7)));
        assertEquals(LocalDate.of(2026, 10, 8), calendar.onOrNextWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void coverageIsExplicitAndBadDataIsRefused() {
        assertTrue(calendar.covers(LocalDate.of(2027, 6, 1)));
        assertFalse(calendar.covers(LocalDate.of(2028, 1, 3)));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.parse(List.of("2026-02-16 WORKDAY not a weekend")));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.parse(List.of("2026-02-16 HOLIDAY a", "2026-02-16 HOLIDAY b")));
    }
}
