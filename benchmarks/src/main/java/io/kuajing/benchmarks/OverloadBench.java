package io.kuajing.benchmarks;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.ChineseIdNumber;

/**
 * Checkout past what the node sustains: the sustainable rate is measured first (8 connections, closed loop), then
 * checkouts arrive open loop at half of it, at twice it, and at half again, while /health is probed 20 times a
 * second throughout. The table shows what was served, what was shed (429) and /health's latency per phase.
 */
final class OverloadBench {

    static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "15"));

    private OverloadBench() {
    }

    static void run() throws Exception {
        try (RunningApp app = RunningApp.start("kuajing_perf", Map.of())) {
            List<String> skus = app.seed().stream().filter(p -> p.prices().stream().anyMatch(l -> l.mode().name().equals("FLASH_PURCHASE")
                    && l.total().amount().compareTo(new BigDecimal("2000")) < 0)).map(ProductSnapshot::sku).map(s -> s.value()).toList();
            String token = app.token("consumer");
            java.util.function.LongFunction<HttpRequest> checkout = i -> {
                String id = ChineseIdNumber.completing(String.format("310115%04d0101%03d", 1960 + i % 40, i % 1000)).value();
                String body = "{\"lines\":[{\"sku\":\"" + skus.get((int) (i % skus.size())) + "\",\"quantity\":1,\"mode\":\"FLASH_PURCHASE\"}],"
                        + "\"buyer\":{\"realName\":\"张三\",\"idNumber\":\"" + id + "\",\"phone\":\"13812345678\"},"
                        + "\"consignee\":{\"name\":\"张三\",\"phone\":\"13812345678\",\"divisionCode\":\"310115\","
                        + "\"address\":\"上海市浦东新区世纪大道" + i + "号\"}}";
                return HttpRequest.newBuilder(app.base.resolve("/api/purchase/checkout")).timeout(OpenLoop.TIMEOUT)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", "overload-" + System.nanoTime() + "-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            };
            long[] offset = {0};
            CheckoutBench.Phase.Step closed = () -> {
                var answer = app.http.send(checkout.apply(1_000_000 + offset[0]++), java.net.http.HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 201;
            };
            CheckoutBench.Phase.closedLoop(8, 5_000, closed);
            double sustainable = CheckoutBench.Phase.closedLoop(8, 10_000, closed).perSecond();
            int low = Math.max(1, (int) (sustainable / 2));
            int high = (int) (sustainable * 2);
            System.out.printf("sustainable checkout rate (8 connections, closed loop): %.1f/s; phases at %d, %d, %d/s%n",
                    sustainable, low, high, low);

            Table table = new Table("phase", "offered/s", "201/s", "429", "other", "p50 ms", "p99 ms",
                    "/health p50 ms", "/health p99 ms", "/health max ms", "/health not 200");
            long[] base = {0};
            for (var phase : List.of(Map.entry("half", low), Map.entry("twice", high), Map.entry("half again (recovery)", low))) {
                AtomicReference<OpenLoop.Outcome> health = new AtomicReference<>();
                Thread prober = new Thread(() -> {
                    try {
                        health.set(OpenLoop.run(app.http, 20, SECONDS, i -> HttpRequest.newBuilder(app.base.resolve("/health"))
                                .timeout(OpenLoop.TIMEOUT).GET().build(), 200));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                prober.start();
                long first = base[0];
                OpenLoop.Outcome o = OpenLoop.run(app.http, phase.getValue(), SECONDS, i -> checkout.apply(first + i), 201);
                base[0] += o.sent();
                prober.join();
                OpenLoop.Outcome h = health.get();
                long shed = o.statuses().getOrDefault(429, 0L);
                List<String> other = new ArrayList<>();
                o.statuses().forEach((status, n) -> {
                    if (status != 429) {
                        other.add(status + "×" + n);
                    }
                });
                if (o.timeouts() > 0) {
                    other.add("timeout×" + o.timeouts());
                }
                table.row(phase.getKey(), phase.getValue(), Table.f1(o.okPerSecond()), shed, other.isEmpty() ? "-" : String.join(" ", other),
                        Table.f2(o.latencies().millis(0.5)), Table.f2(o.latencies().millis(0.99)),
                        Table.f2(h.latencies().millis(0.5)), Table.f2(h.latencies().millis(0.99)), Table.f2(h.latencies().millis(1)),
                        h.sent() - h.ok());
            }
            table.print(String.format("overload: checkout open loop, %.0f s a phase, /health probed 20/s", SECONDS));
        }
    }
}
