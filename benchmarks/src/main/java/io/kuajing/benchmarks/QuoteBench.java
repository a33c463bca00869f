package io.kuajing.benchmarks;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.ProductSnapshot;

/**
 * The product page (every mode's landed price and promise, GET /api/catalog/products/{sku}) at fixed rates of 200,
 * 500 and 1,000 requests a second, open loop, against /health at the same rates in the same run.
 */
final class QuoteBench {

    static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "10"));

    private QuoteBench() {
    }

    static void run() throws Exception {
        try (RunningApp app = RunningApp.start("kuajing_perf", Map.of())) {
            List<String> skus = app.seed().stream().map(ProductSnapshot::sku).map(s -> s.value()).toList();
            String token = app.token("consumer");
            java.util.function.LongFunction<HttpRequest> health = i -> HttpRequest.newBuilder(app.base.resolve("/health"))
                    .timeout(OpenLoop.TIMEOUT).GET().build();
            java.util.function.LongFunction<HttpRequest> product = i -> HttpRequest.newBuilder(
                            app.base.resolve("/api/catalog/products/" + skus.get((int) (i % skus.size()))))
                    .header("Authorization", "Bearer " + token).timeout(OpenLoop.TIMEOUT).GET().build();
            // Warm-up: the first calls load classes and fill caches; not counted.
            OpenLoop.run(app.http, 100, 5, product, 200);
            OpenLoop.run(app.http, 100, 2, health, 200);
            Table table = new Table("route", "rate/s", "ok", "p50 ms", "p99 ms", "max ms", "other answers");
            for (int rate : List.of(200, 500, 1000)) {
                for (var target : List.of(Map.entry("/health (baseline)", health), Map.entry("GET /api/catalog/products/{sku}", product))) {
                    OpenLoop.Outcome o = OpenLoop.run(app.http, rate, SECONDS, target.getValue(), 200);
                    table.row(target.getKey(), rate, o.ok() + "/" + o.sent(), Table.f2(o.latencies().millis(0.5)),
                            Table.f2(o.latencies().millis(0.99)), Table.f2(o.latencies().millis(1)), o.others());
                    Thread.sleep(2000); // the previous rate's stragglers do not weigh on the next
                }
            }
            table.print(String.format("landed-price quote, open loop, %.0f s per rate, %d products", SECONDS, skus.size()));
        }
    }
}
