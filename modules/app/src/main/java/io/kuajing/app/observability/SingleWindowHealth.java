package io.kuajing.app.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kuajing.customs.adapter.singlewindow.SingleWindowSettings;
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

    private final SingleWindowSettings settings;
    private final BoundedReading<ShopFloorQueries.Backlog> undelivered;
    private final Duration maxWait;

    SingleWindowHealth(SingleWindowSettings settings, ShopFloorQueries queries, HealthReadings readings,
                       @Value("${kuajing.operations.single-window-max-wait:10m}") Duration maxWait) {
        this.settings = settings;
        this.undelivered = readings.of(queries::undeliveredCustomsMessages);
        this.maxWait = maxWait;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", settings.getMode());
        HealthStatus status = HealthStatus.UP;
        if ("files".equals(settings.getMode())) {
            for (Path folder : new Path[] {settings.getOutbox(), settings.getInbox()}) {
                if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
                    details.put("unusableFolder", folder.toAbsolutePath().toString());
                    status = HealthStatus.DOWN;
                }
            }
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
