package io.kuajing.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Open-loop load: requests leave at a fixed rate whatever the answers do, and each latency is counted from when its
 * request was due, not when it left (so a stalled server is not hidden by a stalled client). Bounded: the phase
 * sends {@code rate × seconds} requests, then waits at most the request timeout for the last answers.
 */
final class OpenLoop {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    record Outcome(int rate, long sent, long ok, Map<Integer, Long> statuses, long timeouts, Latencies latencies, double seconds) {
        double okPerSecond() {
            return ok / seconds;
        }

        String others() {
            Map<String, Long> all = new TreeMap<>();
            statuses.forEach((k, v) -> all.put(String.valueOf(k), v));
            if (timeouts > 0) {
                all.put("timeout/error", timeouts);
            }
            return all.isEmpty() ? "-" : all.toString();
        }
    }

    private OpenLoop() {
    }

    /** {@code rate} requests a second for {@code seconds}; request {@code i} is {@code requests.apply(i)}; 2xx and 3xx are ok. */
    static Outcome run(HttpClient http, int rate, double seconds, LongFunction<HttpRequest> requests, int okStatus)
            throws InterruptedException {
        long total = Math.round(rate * seconds);
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        CountDownLatch answered = new CountDownLatch((int) total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = requests.apply(i);
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                if (error != null) {
                    timeouts.incrementAndGet();
                } else if (answer.statusCode() == okStatus) {
                    ok.incrementAndGet();
                    latencies.add(System.nanoTime() - due);
                } else {
                    statuses.merge(answer.statusCode(), 1L, Long::sum);
                }
                answered.countDown();
            });
        }
        answered.await(TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
        return new Outcome(rate, total, ok.get(), statuses, timeouts.get() + answered.getCount(), latencies, seconds);
    }
}
