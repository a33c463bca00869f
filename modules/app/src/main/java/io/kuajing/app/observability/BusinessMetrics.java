package io.kuajing.app.observability;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.kuajing.kernel.FulfilmentMode;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Orders, customs declarations, the outbox and catalogue imports as Prometheus meters. Nothing on the hot paths
 * counts: each scrape reads {@link ShopFloor} at most once per {@code kuajing.operations.metrics-max-age}, one
 * query at a time, so scraping never competes with shoppers for connections.
 */
@Singleton
class BusinessMetrics implements MeterBinder {

    private static final ShopFloor NOTHING_YET = new ShopFloor(Map.of(), new ShopFloor.Declarations(0, 0, 0),
            new ShopFloor.Releases(0, Duration.ZERO), new ShopFloor.Outbox(0, 0, Duration.ZERO),
            new ShopFloor.ImportedRows(0, 0));

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "business-metrics");
        thread.setDaemon(true);
        return thread;
    });
    private final BoundedReading<ShopFloor> shopFloor;

    BusinessMetrics(ShopFloorQueries queries, Clock clock,
                    @Value("${kuajing.operations.metrics-max-age:5s}") Duration maxAge,
                    @Value("${kuajing.operations.query-timeout:2s}") Duration timeout) {
        this.shopFloor = new BoundedReading<>(queries::read, maxAge, timeout, reader, clock);
    }

    @PreDestroy
    void close() {
        reader.shutdownNow();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (FulfilmentMode mode : FulfilmentMode.values()) {
            orders(registry, "kuajing.orders.placed", "Orders placed", mode, ShopFloor.Orders::placed);
            orders(registry, "kuajing.orders.paid", "Orders paid", mode, ShopFloor.Orders::paid);
            orders(registry, "kuajing.orders.delivered", "Orders delivered", mode, ShopFloor.Orders::delivered);
        }
        counter(registry, "kuajing.customs.declarations.sent", "Declarations sent to customs",
                f -> f.declarations().sent());
        counter(registry, "kuajing.customs.declarations.released", "Declarations customs released",
                f -> f.declarations().released());
        gauge(registry, "kuajing.customs.declarations.refused", "Declarations whose latest verdict is a refusal",
                f -> f.declarations().refused());
        FunctionTimer.builder("kuajing.customs.release", this,
                        m -> m.now().releases().count(),
                        m -> m.now().releases().total().toNanos() / 1_000_000.0, TimeUnit.MILLISECONDS)
                .description("From a declaration's sending to the arrival of its release receipt (800)")
                .register(registry);
        gauge(registry, "kuajing.outbox.backlog", "Events waiting for their handlers", f -> f.outbox().backlog());
        gauge(registry, "kuajing.outbox.failed", "Events whose handlers gave up", f -> f.outbox().failed());
        gauge(registry, "kuajing.outbox.oldest.age.seconds", "Age of the oldest waiting event",
                f -> f.outbox().oldestAge().toMillis() / 1000.0);
        counter(registry, "kuajing.catalog.import.rows", "Catalogue rows read by imports (rate = rows/s)",
                f -> f.importedRows().rows());
        gauge(registry, "kuajing.catalog.imports.running", "Catalogue imports running", f -> f.importedRows().running());
    }

    private void orders(MeterRegistry registry, String name, String description, FulfilmentMode mode,
                        ToDoubleFunction<ShopFloor.Orders> figure) {
        FunctionCounter.builder(name, this, m -> {
                    ShopFloor.Orders orders = m.now().orders().get(mode.name());
                    return orders == null ? 0 : figure.applyAsDouble(orders);
                })
                .description(description + " per fulfilment mode").tag("mode", mode.name()).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description, ToDoubleFunction<ShopFloor> figure) {
        FunctionCounter.builder(name, this, m -> figure.applyAsDouble(m.now())).description(description).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ShopFloor> figure) {
        Gauge.builder(name, this, m -> figure.applyAsDouble(m.now())).description(description).register(registry);
    }

    private ShopFloor now() {
        return shopFloor.value(NOTHING_YET);
    }
}
