package io.kuajing.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PagePipelineTest {

    @Test
    void pagesTouchingDifferentProductsAreWrittenAtTheSameTime() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<Boolean> overlapped = new CopyOnWriteArrayList<>();
        try (PagePipeline pipeline = new PagePipeline(2)) {
            Runnable page = () -> {
                bothRunning.countDown();
                try {
                    overlapped.add(bothRunning.await(2, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            pipeline.submit(Set.of("gtin:1"), page);
            pipeline.submit(Set.of("gtin:2"), page);
            pipeline.awaitAll();
        }
        assertEquals(List.of(true, true), overlapped);
    }

    @Test
    void aPageTouchingAProductInFlightWaitsForIt() {
        List<String> order = new CopyOnWriteArrayList<>();
        try (PagePipeline pipeline = new PagePipeline(2)) {
            pipeline.submit(Set.of("gtin:1", "ref:A"), () -> {
                sleep(150);
                order.add("first");
            });
            pipeline.submit(Set.of("ref:A"), () -> order.add("second"));
            pipeline.awaitAll();
        }
        assertEquals(List.of("first", "second"), order);
    }

    @Test
    void planningAPageWaitsForEveryPageInFlightOnTheSameProductsAndNoOther() throws Exception {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (PagePipeline pipeline = new PagePipeline(3)) {
            pipeline.submit(Set.of("gtin:1"), () -> {
                sleep(100);
                done.add("gtin:1");
            });
            pipeline.submit(Set.of("gtin:2"), () -> {
                sleep(150);
                done.add("gtin:2");
            });
            pipeline.submit(Set.of("gtin:3"), () -> {
                await(release);
                done.add("gtin:3");
            });

            // Touches the second page in flight: that one and the page before it are written first.
            pipeline.awaitPagesTouching(Set.of("gtin:2", "ref:X"));
            assertEquals(List.of("gtin:1", "gtin:2"), done);
            // Touches nothing in flight: no wait, although the third page is still being written.
            pipeline.awaitPagesTouching(Set.of("gtin:4"));
            assertEquals(List.of("gtin:1", "gtin:2"), done);
            release.countDown();
            pipeline.awaitAll();
        }
        assertEquals(List.of("gtin:1", "gtin:2", "gtin:3"), done);
    }

    @Test
    void aFailedPageFailsTheWalkAndPagesInFlightStillFinish() {
        List<String> done = new CopyOnWriteArrayList<>();
        assertThrows(IllegalStateException.class, () -> {
            try (PagePipeline pipeline = new PagePipeline(2)) {
                pipeline.submit(Set.of("a"), () -> {
                    throw new IllegalStateException("database gone");
                });
                pipeline.submit(Set.of("b"), () -> {
                    sleep(100);
                    done.add("b");
                });
                pipeline.submit(Set.of("c"), () -> done.add("c"));
                pipeline.awaitAll();
            }
        });
        assertTrue(done.contains("b"), "the page in flight was not interrupted: " + done);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
