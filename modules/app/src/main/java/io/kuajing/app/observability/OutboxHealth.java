package io.kuajing.app.observability;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The events modules tell each other: how many wait, how old the oldest is, how many failed. DEGRADED when the
 * oldest waits longer than {@code kuajing.operations.outbox-max-age} or any failed; the app still serves.
 */
@Singleton
class OutboxHealth implements HealthIndicator {

    private final BoundedReading<ShopFloor> figures;
    private final Duration maxAge;

    OutboxHealth(ShopFloorQueries queries, HealthReadings readings,
                 @Value("${kuajing.operations.outbox-max-age:15m}") Duration maxAge) {
        this.figures = readings.of(queries::read);
        this.maxAge = maxAge;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        BoundedReading.Reading<ShopFloor> reading = figures.get();
        Map<String, Object> details = new LinkedHashMap<>();
        HealthStatus status;
        if (reading.value() == null) {
            status = HealthStatus.UNKNOWN;
            details.put("error", reading.failure());
        } else {
            ShopFloor.Outbox outbox = reading.value().outbox();
            details.put("backlog", outbox.backlog());
            details.put("failed", outbox.failed());
            details.put("oldestAgeSeconds", outbox.oldestAge().toSeconds());
            details.put("maxAgeSeconds", maxAge.toSeconds());
            status = outbox.oldestAge().compareTo(maxAge) > 0 || outbox.failed() > 0 ? Checks.DEGRADED : HealthStatus.UP;
        }
        return Publishers.just(HealthResult.builder("outbox", status).details(details).build());
    }
}
