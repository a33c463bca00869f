package io.kuajing.app.observability;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Makes the readings health checks rely on: each reused for {@code kuajing.operations.health-max-age}, one
 * refresh at a time, answered within {@code kuajing.operations.query-timeout}. Probes can hammer /health without
 * piling up on the connection pool: a stuck database costs one borrowed connection per check, not one per probe.
 */
@Singleton
class HealthReadings {

    private final ExecutorService checks = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "health-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final Duration maxAge;
    private final Duration timeout;

    HealthReadings(Clock clock, @Value("${kuajing.operations.health-max-age:3s}") Duration maxAge,
                   @Value("${kuajing.operations.query-timeout:2s}") Duration timeout) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.timeout = timeout;
    }

    <T> BoundedReading<T> of(Supplier<T> read) {
        return new BoundedReading<>(read, maxAge, timeout, checks, clock);
    }

    @PreDestroy
    void close() {
        checks.shutdownNow();
    }
}
