package io.kuajing.app.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** The database answers a trivial query within the timeout. Readiness only: restarting the app would not fix it. */
@Singleton
@Readiness
class DatabaseHealth implements HealthIndicator {

    private final BoundedReading<Boolean> ping;

    DatabaseHealth(ShopFloorQueries queries, HealthReadings readings) {
        this.ping = readings.of(queries::ping);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        BoundedReading.Reading<Boolean> reading = ping.get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checkedAt", reading.at().toString());
        if (!reading.ok()) {
            details.put("error", reading.failure());
        }
        return Publishers.just(HealthResult.builder("database", reading.ok() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
