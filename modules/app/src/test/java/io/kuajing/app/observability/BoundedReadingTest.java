package io.kuajing.app.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Probes hammering a stuck check: one read in flight, every probe answered within the timeout. */
class BoundedReadingTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ExecutorService probes = Executors.newFixedThreadPool(20);

    @AfterEach
    void stop() {
        readers.shutdownNow();
        probes.shutdownNow();
    }

    @Test
    void aStuckReadIsMadeOnceAndEveryCallerGetsAFailureInTime() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        BoundedReading<String> reading = new BoundedReading<>(() -> {
            reads.incrementAndGet();
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "answered";
        }, Duration.ofSeconds(3), Duration.ofMillis(200), readers, Clock.systemUTC());

        long started = System.nanoTime();
        List<Future<BoundedReading.Reading<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(probes.submit(reading::get));
        }
        for (Future<BoundedReading.Reading<String>> answer : answers) {
            BoundedReading.Reading<String> result = answer.get(5, TimeUnit.SECONDS);
            assertFalse(result.ok(), "a read slower than the timeout is a failure");
            assertTrue(result.failure().contains("no answer within"), result.failure());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0, "probes did not queue");
        assertEquals(1, reads.get(), "one read in flight for twenty probes");

        stuck.countDown();
        assertTrue(waitFor(() -> reading.get().ok()), "the read that finally answered is used");
        assertEquals("answered", reading.get().value());
        assertEquals(1, reads.get(), "and reused while young");
    }

    @Test
    void aFailedRefreshKeepsTheLastValueAndReportsTheFailure() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        BoundedReading<Integer> reading = new BoundedReading<>(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database gone");
            }
            return 42;
        }, Duration.ZERO, Duration.ofSeconds(1), readers, Clock.systemUTC());
        assertEquals(42, reading.get().value());
        // The refresh that fails runs beside the callers, who get the last reading meanwhile.
        assertTrue(waitFor(() -> !reading.get().ok()), "the failed refresh is reported");
        BoundedReading.Reading<Integer> failed = reading.get();
        assertFalse(failed.ok());
        assertTrue(failed.failure().contains("database gone"), failed.failure());
        assertEquals(42, reading.value(0), "gauges keep the last figures");
    }

    @Test
    void aStaleReadingIsAnsweredAtOnceWhileTheRefreshRunsThenAStuckRefreshFailsAtOnce() throws InterruptedException {
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        MovingClock clock = new MovingClock();
        BoundedReading<String> reading = new BoundedReading<>(() -> {
            if (reads.incrementAndGet() > 1) {
                try {
                    stuck.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "reading " + reads.get();
        }, Duration.ofSeconds(3), Duration.ofSeconds(2), readers, clock);
        assertEquals("reading 1", reading.get().value());

        clock.advance(Duration.ofMillis(3500));
        long started = System.nanoTime();
        BoundedReading.Reading<String> stale = reading.get();
        assertTrue(stale.ok(), "within the timeout past its age the last reading still serves");
        assertEquals("reading 1", stale.value());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000,
                "the caller (an event-loop thread for /health) did not wait for the refresh");

        clock.advance(Duration.ofMillis(2100));
        started = System.nanoTime();
        BoundedReading.Reading<String> late = reading.get();
        assertFalse(late.ok(), "a refresh running longer than the timeout is a failure");
        assertTrue(late.failure().contains("no answer within"), late.failure());
        assertEquals("reading 1", late.value(), "with the last value for gauges");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000, "answered at once");
        assertTrue(waitFor(() -> reads.get() >= 2), "the refresh started");
        assertEquals(2, reads.get(), "one refresh in flight for both callers");
        stuck.countDown();
    }

    /** A clock the test moves by hand, so ages are exact whatever the machine's load. */

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
