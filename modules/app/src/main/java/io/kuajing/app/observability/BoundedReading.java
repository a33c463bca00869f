package io.kuajing.app.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A reading of something slow (a query, a directory) that scrapes and probes may ask for as often as they like:
 * it is reused while younger than {@code maxAge}, at most one refresh runs at a time, and a caller waits at most
 * {@code timeout} for it. So a hundred probes against a stuck database make one stuck query, not a hundred
 * borrowed connections, and each probe still answers in bounded time.
 *
 * <p>While a refresh runs, callers get the last reading at once for up to {@code timeout} past its age limit (stale
 * while revalidating) instead of waiting for the refresh: /health runs on the HTTP server's event loop, and a probe
 * that waited there for a query held up every other request of that loop — at 500 probes a second a query slowed
 * by load stalled the loop every {@code maxAge} (docs/performance.md, "Product page and overload"). Only a caller
 * with no recent reading at all (the first, or after a long quiet) waits, within the timeout; a refresh older than
 * the timeout reads as a failure at once.
 */
final class BoundedReading<T> {

    /** What was read, or why not, and when. */
    record Reading<T>(T value, String failure, Instant at) {

        boolean ok() {
            return failure == null;
        }
    }

    private final Supplier<T> read;
    private final Duration maxAge;
    private final Duration timeout;
    private final Executor executor;
    private final Clock clock;
    private Reading<T> last;
    private CompletableFuture<Reading<T>> inFlight;
    private Instant inFlightSince;

    BoundedReading(Supplier<T> read, Duration maxAge, Duration timeout, Executor executor, Clock clock) {
        this.read = read;
        this.maxAge = maxAge;
        this.timeout = timeout;
        this.executor = executor;
        this.clock = clock;
    }

    /** The latest reading, refreshed if it is too old; a refresh slower than the timeout reads as a failure. */
    Reading<T> get() {
        CompletableFuture<Reading<T>> refresh;
        Duration waitAtMost;
        synchronized (this) {
            Instant now = clock.instant();
            if (last != null && last.at().plus(maxAge).isAfter(now)) {
                return last;
            }
            refresh = inFlight;
            if (refresh == null) {
                refresh = CompletableFuture.supplyAsync(this::readNow, executor);
                inFlight = refresh;
                inFlightSince = now;
                // May run at once on this thread if the read was quick; it then clears inFlight already.
                refresh.whenComplete((reading, error) -> settle(reading));
            }
            if (last != null && last.at().plus(maxAge).plus(timeout).isAfter(now)) {
                return last;
            }
            waitAtMost = timeout.minus(Duration.between(inFlightSince, now));
        }
        if (waitAtMost.isNegative() || waitAtMost.isZero()) {
            return refresh.isDone() ? refresh.join() : tooSlow();
        }
        try {
            return refresh.get(waitAtMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return tooSlow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading<>(null, "interrupted", clock.instant());
        } catch (ExecutionException e) {
            return new Reading<>(null, String.valueOf(e.getCause()), clock.instant());
        }
    }

    private Reading<T> tooSlow() {
        return new Reading<>(lastValue(), "no answer within " + timeout, clock.instant());
    }

    /** The value of the latest successful reading, or {@code fallback} before there is one. */
    T value(T fallback) {
        T value = get().value();
        return value == null ? fallback : value;
    }

    private Reading<T> readNow() {
        try {
            return new Reading<>(read.get(), null, clock.instant());
        } catch (RuntimeException e) {
            // A failed refresh keeps the last good value (gauges go on showing it), and says it failed (health does).
            return new Reading<>(lastValue(), e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    private synchronized void settle(Reading<T> reading) {
        if (reading != null) {
            last = reading;
        }
        inFlight = null;
    }

    private synchronized T lastValue() {
        return last == null ? null : last.value();
    }
}
