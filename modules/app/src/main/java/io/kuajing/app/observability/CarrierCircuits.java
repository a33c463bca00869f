package io.kuajing.app.observability;

import java.util.ArrayList;
import java.util.List;

import io.kuajing.logistics.application.CarrierHealth;
import io.kuajing.logistics.domain.CarrierStatus;
import io.micronaut.context.BeanProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The circuit state of each loaded carrier: 0 closed, 1 half-open, 2 open. Carriers come and go with their
 * plugins, so the set of series is refreshed on a timer rather than fixed at start.
 */
@Singleton
class CarrierCircuits implements MeterBinder {

    // Looked up when first read, so binding meters never builds the logistics module (and its pool) early.
    private final BeanProvider<CarrierHealth> carriers;
    private MultiGauge circuits;

    CarrierCircuits(BeanProvider<CarrierHealth> carriers) {
        this.carriers = carriers;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        circuits = MultiGauge.builder("kuajing.carrier.circuit.state")
                .description("Circuit breaker per carrier plugin: 0 closed, 1 half-open, 2 open")
                .register(registry);
    }

    @Scheduled(fixedDelay = "${kuajing.operations.metrics-max-age:5s}")
    void refresh() {
        MultiGauge gauge = circuits;
        if (gauge == null) {
            return;
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (CarrierStatus carrier : carriers.get().carriers()) {
            rows.add(MultiGauge.Row.of(Tags.of("carrier", carrier.carrierId()), level(carrier.circuit())));
        }
        gauge.register(rows, true);
    }

    private static int level(String circuit) {
        return switch (circuit) {
            case "OPEN" -> 2;
            case "HALF_OPEN" -> 1;
            default -> 0;
        };
    }
}
