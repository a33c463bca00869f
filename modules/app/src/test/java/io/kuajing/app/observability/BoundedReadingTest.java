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
    void aFailedRefreshKeepsTheLastValueAndReportsTheFailure() {
        AtomicInteger calls = new AtomicInteger();
        BoundedReading<Integer> reading = new BoundedReading<>(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database gone");
            }
            return 42;
        }, Duration.ZERO, Duration.ofSeconds(1), readers, Clock.systemUTC());
        assertEquals(42, reading.get().value());
        BoundedReading.Reading<Integer> failed = reading.get();
        assertFalse(failed.ok());
        assertTrue(failed.failure().contains("database gone"), failed.failure());
        assertEquals(42, reading.value(0), "gauges keep the last figures");
    }

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
