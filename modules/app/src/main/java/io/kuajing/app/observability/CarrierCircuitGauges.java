package io.kuajing.app.observability;

import java.util.ArrayList;
import java.util.List;

import io.kuajing.logistics.CarrierCircuits;
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
class CarrierCircuitGauges implements MeterBinder {

    // Looked up when first read, so binding meters never builds the logistics module (and its pool) early.
    private final BeanProvider<CarrierCircuits> carriers;
    private MultiGauge circuits;

    CarrierCircuitGauges(BeanProvider<CarrierCircuits> carriers) {
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
        carriers.get().byCarrier().forEach((carrier, circuit) ->
                rows.add(MultiGauge.Row.of(Tags.of("carrier", carrier), level(circuit))));
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
