package io.kuajing.app.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.plugins.PluginHost;
import io.kuajing.app.plugins.PluginReport;
import io.kuajing.logistics.CarrierCircuits;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Plugins loaded and failed, and each carrier's circuit. DEGRADED when a plugin failed to load or a carrier's
 * circuit is open: the other plugins keep working, so the node stays in service. Reads memory only.
 */
@Singleton
class PluginsHealth implements HealthIndicator {

    private final PluginHost host;
    private final CarrierCircuits carriers;

    PluginsHealth(PluginHost host, CarrierCircuits carriers) {
        this.host = host;
        this.carriers = carriers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<PluginReport> reports = host.reports();
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> failed = reports.stream().filter(r -> r.status() == PluginReport.Status.FAILED)
                .map(r -> r.source() + ": " + r.problem()).toList();
        details.put("loaded", reports.size() - failed.size());
        details.put("failed", failed);
        Map<String, String> circuits = carriers.byCarrier();
        details.put("carrierCircuits", circuits);
        boolean degraded = !failed.isEmpty() || circuits.containsValue("OPEN");
        return Publishers.just(HealthResult.builder("plugins", degraded ? Checks.DEGRADED : HealthStatus.UP)
                .details(details).build());
    }
}
