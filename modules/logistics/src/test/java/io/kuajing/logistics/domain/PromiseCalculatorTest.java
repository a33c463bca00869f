package io.kuajing.logistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.DeliveryPromise;
import io.kuajing.kernel.FulfilmentMode;
import org.junit.jupiter.api.Test;

/** Promises from the shipped reference data: cut-offs, warehouse calendars, and the big holidays. */
class PromiseCalculatorTest {

    private final Warehouses warehouses = Warehouses.parse(text("warehouses.csv").lines().toList());
    private final PromiseCalculator calculator = new PromiseCalculator(WorkingDayCalendarTest.shipped(), rules());

    @Test
    void directMailOverSpringFestivalWaitsOutTheHoliday() {
        // Paid Thursday 12 Feb 2026 10:00 in New Jersey, before the 15:00 cut-off: dispatched that day.
        DeliveryPromise p = calculator.promise(FulfilmentMode.DIRECT_MAIL, warehouse("us-nj-1"), Instant.parse("2026-02-12T15:00:00Z"));
        assertEquals(LocalDate.of(2026, 2, 12), p.dispatchDate());
        // China working days after 12 Feb: 13 (Fri), 14 (Sat, worked), then 24, 25, 26, 27 = 6th; 28 (Sat, worked) = 7th; 2 Mar = 8th.
        assertEquals(LocalDate.of(2026, 2, 27), p.earliest());
        assertEquals(LocalDate.of(2026, 3, 2), p.latest());
    }

    @Test
    void flashPurchasePaidAfterTheCutOffLeavesNextWorkingDay() {
        // Paid Wednesday 30 Sep 2026 17:00 Beijing, after the bonded warehouse's 16:00 cut-off.
        DeliveryPromise p = calculator.promise(FulfilmentMode.FLASH_PURCHASE, warehouse("sh-wgq-b1"), Instant.parse("2026-09-30T09:00:00Z"));
        // Next working day after 30 Sep is Thursday 8 Oct (National Day 1-7 Oct).
        assertEquals(LocalDate.of(2026, 10, 8), p.dispatchDate());
        assertEquals(LocalDate.of(2026, 10, 10), p.earliest(), "Saturday 10 Oct is worked");
        assertEquals(LocalDate.of(2026, 10, 12), p.latest());
    }

    @Test
    void flashPurchasePaidBeforeTheCutOffLeavesTheSameDay() {
        DeliveryPromise p = calculator.promise(FulfilmentMode.FLASH_PURCHASE, warehouse("sh-wgq-b1"), Instant.parse("2026-03-03T02:00:00Z"));
        assertEquals(LocalDate.of(2026, 3, 3), p.dispatchDate());
        assertEquals(LocalDate.of(2026, 3, 5), p.earliest());
        assertEquals(LocalDate.of(2026, 3, 6), p.latest());
    }

    @Test
    void directPurchaseOverNationalDay2025() {
        // Paid Tuesday 30 Sep 2025 09:00 Beijing, before the 17:00 cut-off: dispatched that day, 1-3 working days later.
        DeliveryPromise p = calculator.promise(FulfilmentMode.DIRECT_PURCHASE, warehouse("sh-jq-d1"), Instant.parse("2025-09-30T01:00:00Z"));
        assertEquals(LocalDate.of(2025, 9, 30), p.dispatchDate());
        assertEquals(LocalDate.of(2025, 10, 9), p.earliest());
        assertEquals(LocalDate.of(2025, 10, 11), p.latest(), "9 Oct, 10 Oct, then Saturday 11 Oct worked");
    }

    @Test
    void aWarehouseOfTheWrongKindIsARuleViolation() {
        RuleViolation v = assertThrows(RuleViolation.class, () ->
                calculator.promise(FulfilmentMode.FLASH_PURCHASE, warehouse("us-nj-1"), Instant.parse("2026-03-03T02:00:00Z")));
        assertEquals("mode-mismatch", v.rule());
    }

    private Warehouse warehouse(String id) {
        return warehouses.find(id).orElseThrow();
    }

    static PromiseRules rules() {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text("promises.properties")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return PromiseRules.parse(p);
    }

    static String text(String name) {
        try (InputStream in = PromiseCalculatorTest.class.getClassLoader().getResourceAsStream("reference/logistics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
