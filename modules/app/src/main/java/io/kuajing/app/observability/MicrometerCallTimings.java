package io.kuajing.app.observability;

import java.time.Duration;

import io.kuajing.platform.CallTimings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

/** Carrier calls timed per carrier, operation and outcome, with a histogram so Grafana can chart percentiles. */
@Singleton
class MicrometerCallTimings implements CallTimings {

    private final MeterRegistry registry;

    MicrometerCallTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(String target, String operation, String outcome, Duration elapsed) {
        Timer.builder("kuajing.carrier.call")
                .description("Calls to carrier plugins, through the guard (deadline, bulkhead, circuit breaker)")
                .tags("carrier", target, "operation", operation, "outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(elapsed);
    }
}
