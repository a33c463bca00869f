package io.kuajing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Simulated time: accelerated by the factor asked for, moved on by hand on top, never backwards. */
class SimulatedClockTest {

    @Test
    void aSimulatedDayPassesPerConfiguredRealDuration() throws InterruptedException {
        SimulatedClock clock = SimulatedClock.accelerated(Duration.ofMillis(200));
        Instant start = clock.instant();
        Thread.sleep(300);
        Duration simulated = Duration.between(start, clock.instant());
        // 300 ms of real time is at least a day and a half of simulated time (sleep never wakes early).
        assertTrue(simulated.compareTo(Duration.ofHours(36)) >= 0, simulated.toString());
        assertTrue(simulated.compareTo(Duration.ofDays(30)) < 0, simulated.toString());
    }

    @Test
    void advancingJumpsAheadAndTimeNeverGoesBack() {
        SimulatedClock clock = SimulatedClock.manual();
        Instant before = clock.instant();
        clock.advance(Duration.ofDays(3));
        Duration jumped = Duration.between(before, clock.instant());
        assertTrue(jumped.compareTo(Duration.ofDays(3)) >= 0 && jumped.compareTo(Duration.ofDays(3).plusMinutes(1)) < 0, jumped.toString());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofHours(-1)));
        assertThrows(IllegalArgumentException.class, () -> SimulatedClock.accelerated(Duration.ZERO));
    }

    @Test
    void waybillNumbersCarryTheirCheckDigits() {
        assertEquals("78412345675", SimulatedAeroLink.airWaybill(1234567));  // the AeroLink fixture's AWB
        assertEquals("EA123456785CN", SimulatedPostOffice.s10(12345678));   // the UPU S10 example
    }
}
