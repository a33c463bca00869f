package io.kuajing.logistics.adapter.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void opensAfterTheThresholdTriesOnceAfterTheWaitAndClosesOnSuccess() {
        CircuitBreaker b = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
        b.onFailure("TIMEOUT");
        assertTrue(b.tryAcquire(), "one failure stays closed");
        b.onFailure("TIMEOUT");
        assertEquals(CircuitBreaker.State.OPEN, b.state());
        assertFalse(b.tryAcquire());
        now.set(now.get().plusSeconds(31));
        assertTrue(b.tryAcquire(), "one trial after the wait");
        assertFalse(b.tryAcquire(), "only one trial at a time");
        b.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        assertTrue(b.tryAcquire());
    }

    @Test
    void aFailedTrialOpensAgain() {
        CircuitBreaker b = new CircuitBreaker(1, Duration.ofSeconds(30), clock);
        b.onFailure("SERVICE_UNAVAILABLE");
        now.set(now.get().plusSeconds(31));
        assertTrue(b.tryAcquire());
        b.onFailure("SERVICE_UNAVAILABLE");
        assertFalse(b.tryAcquire());
        assertEquals("SERVICE_UNAVAILABLE", b.lastFailure());
    }
}
