package io.kuajing.app.observability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.SingleWindowLink;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Customs' single window: in {@code files} mode its exchange folders must exist and be writable (DOWN
 * otherwise: no declaration could leave); messages not yet handed over for longer than
 * {@code kuajing.operations.single-window-max-wait} make it DEGRADED.
 */
@Singleton
@Readiness
class SingleWindowHealth implements HealthIndicator {

    private final SingleWindowLink link;
    private final BoundedReading<ShopFloorQueries.Backlog> undelivered;
    private final Duration maxWait;

    SingleWindowHealth(SingleWindowLink link, ShopFloorQueries queries, HealthReadings readings,
                       @Value("${kuajing.operations.single-window-max-wait:10m}") Duration maxWait) {
        this.link = link;
        this.undelivered = readings.of(queries::undeliveredCustomsMessages);
        this.maxWait = maxWait;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", link.mode());
        List<Path> unusable = link.unusableFolders();
        HealthStatus status = HealthStatus.UP;
        if (!unusable.isEmpty()) {
            details.put("unusableFolders", unusable.stream().map(Path::toString).toList());
            status = HealthStatus.DOWN;
        }
        BoundedReading.Reading<ShopFloorQueries.Backlog> reading = undelivered.get();
        if (reading.value() != null) {
            details.put("undeliveredMessages", reading.value().count());
            details.put("oldestUndeliveredSeconds", reading.value().oldestAge().toSeconds());
            if (status == HealthStatus.UP && reading.value().oldestAge().compareTo(maxWait) > 0) {
                status = Checks.DEGRADED;
            }
        } else {
            details.put("error", reading.failure());
        }
        return Publishers.just(HealthResult.builder("singleWindow", status).details(details).build());
    }
}
