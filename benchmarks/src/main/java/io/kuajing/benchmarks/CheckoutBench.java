package io.kuajing.benchmarks;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.ChineseIdNumber;

/**
 * Checkout over HTTP at 8 connections (one bonded 闪购 line, a new buyer each time, as on a peak day) against the
 * raw JDBC transaction of the same shape at 8 connections: quota update + order + line + outbox insert, one commit.
 * Statements and commits per checkout come from the server's own counters, less what the idle app does meanwhile
 * (its workers poll), measured over a window as long just before.
 */
final class CheckoutBench {

    static final int CONNECTIONS = 8;
    /**
     * Long enough for the JIT to finish with the hot paths: after 10 s its compiler threads still took a fifth of the
     * CPU of the measured window (JFR, 2026-12-07), which the raw JDBC loop, a few small methods, does not pay.
     */
    static final long WARM_UP_MS = Long.getLong("bench.warmup-ms", 30_000);
    static final long MEASURE_MS = Long.getLong("bench.measure-ms", 20_000);

    private CheckoutBench() {
    }

    static void run() throws Exception {
        Result raw = rawJdbc();
        try (RunningApp app = RunningApp.start("kuajing_perf", Map.of())) {
            List<ProductSnapshot> products = app.seed();
            List<String> skus = products.stream().filter(p -> bonded(p) != null
                    && bonded(p).total().amount().compareTo(new BigDecimal("2000")) < 0).map(p -> p.sku().value()).toList();
            String token = app.token("consumer");
            System.out.printf("%d bonded products to check out; warm-up %d s, then %d s measured%n", skus.size(),
                    WARM_UP_MS / 1000, MEASURE_MS / 1000);
            http(app, token, skus, WARM_UP_MS);
            Thread.sleep(1000);
            Map<String, Long> idleBefore = Database.counters();
            Thread.sleep(5000);
            Map<String, Long> idle = Database.delta(idleBefore, Database.counters());
            Map<String, Long> before = Database.counters();
            CpuClock cpuBefore = CpuClock.now();
            Result checkout = http(app, token, skus, MEASURE_MS);
            double[] cpu = CpuClock.now().perUnitMillis(cpuBefore, checkout.done);
            Map<String, Long> used = Database.delta(before, Database.counters());

            new Table("path (8 connections)", "per s", "p50 ms", "p99 ms", "max ms", "done", "failed")
                    .row("raw JDBC transaction (baseline)", Table.f1(raw.perSecond()), Table.f2(raw.latencies.millis(0.5)),
                            Table.f2(raw.latencies.millis(0.99)), Table.f2(raw.latencies.millis(1)), raw.done, raw.failures)
                    .row("POST /api/purchase/checkout", Table.f1(checkout.perSecond()), Table.f2(checkout.latencies.millis(0.5)),
                            Table.f2(checkout.latencies.millis(0.99)), Table.f2(checkout.latencies.millis(1)), checkout.done,
                            checkout.failures)
                    .print(String.format("checkout: ratio to raw JDBC %.2f", checkout.perSecond() / raw.perSecond()));
            Table counts = new Table("server counter", "per checkout", "idle app's share (per checkout)");
            for (String counter : Database.COUNTERS) {
                double idleShare = idle.getOrDefault(counter, 0L) * (checkout.millis / 5000.0) / Math.max(1, checkout.done);
                counts.row(counter, Table.f2(used.getOrDefault(counter, 0L) / (double) Math.max(1, checkout.done) - idleShare),
                        Table.f2(idleShare));
            }
            counts.print("statements per checkout (SHOW GLOBAL STATUS deltas / checkouts placed, idle app subtracted)");
            System.out.printf("CPU per checkout: %.2f ms in this JVM (the product and the HTTP load's client), %s ms in "
                    + "the database server%n", cpu[0], Double.isNaN(cpu[1]) ? "n/a" : Table.f2(cpu[1]));
            if (!checkout.statuses.isEmpty()) {
                System.out.println("answers other than 201: " + new TreeMap<>(checkout.statuses));
            }
        }
    }

    private static LandedPrice bonded(ProductSnapshot product) {
        return product.prices().stream().filter(p -> p.mode().name().equals("FLASH_PURCHASE")).findFirst().orElse(null);
    }

    private static Result http(RunningApp app, String token, List<String> skus, long millis) throws Exception {
        AtomicLong sequence = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));
        return phase(millis, () -> {
            long n = sequence.incrementAndGet();
            String sku = skus.get((int) (n % skus.size()));
            String id = ChineseIdNumber.completing(String.format("310115%04d0101%03d", 1960 + n % 40, n % 1000)).value();
            String body = "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1,\"mode\":\"FLASH_PURCHASE\"}],"
                    + "\"buyer\":{\"realName\":\"张三\",\"idNumber\":\"" + id + "\",\"phone\":\"13812345678\"},"
                    + "\"consignee\":{\"name\":\"张三\",\"phone\":\"13812345678\",\"divisionCode\":\"310115\","
                    + "\"address\":\"上海市浦东新区世纪大道" + n + "号\"}}";
            HttpResponse<String> answer = app.http.send(HttpRequest.newBuilder(app.base.resolve("/api/purchase/checkout"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + System.nanoTime() + "-" + n)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new Refused(answer.statusCode() + " " + answer.body().replaceAll(".*\"rule\":\"([^\"]+)\".*", "$1"));
            }
            return true;
        });
    }

    /**
     * The same transaction without the product: a quota account's UPDATE (10,000 buyers), the order, its line and an
     * outbox event, committed once, from a pool of 8 connections.
     */
    static Result rawJdbc() throws Exception {
        Database.fresh("kuajing_perf_raw");
        try (Connection c = Database.connect("kuajing_perf_raw"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE quota_account (buyer_key VARCHAR(64) PRIMARY KEY, year INT NOT NULL, used DECIMAL(12,2) NOT NULL)");
            s.execute("CREATE TABLE orders (order_no VARCHAR(32) PRIMARY KEY, owner VARCHAR(100) NOT NULL, mode VARCHAR(20) NOT NULL,"
                    + " status VARCHAR(20) NOT NULL, buyer_name VARCHAR(100), buyer_id VARCHAR(40), consignee VARCHAR(400),"
                    + " goods DECIMAL(12,2) NOT NULL, freight DECIMAL(12,2) NOT NULL, tax DECIMAL(12,2) NOT NULL, placed_at TIMESTAMP(6) NOT NULL)");
            s.execute("CREATE TABLE order_line (order_no VARCHAR(32) NOT NULL, line_no INT NOT NULL, sku VARCHAR(64) NOT NULL,"
                    + " title VARCHAR(400), hs_code VARCHAR(10), quantity INT NOT NULL, unit_price DECIMAL(12,2) NOT NULL,"
                    + " tax DECIMAL(12,2) NOT NULL, PRIMARY KEY (order_no, line_no))");
            s.execute("CREATE TABLE outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY, type VARCHAR(100) NOT NULL, payload TEXT NOT NULL,"
                    + " created_at TIMESTAMP(6) NOT NULL, claimed_until TIMESTAMP(6) NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO quota_account VALUES (?, 2026, 0)")) {
                for (int i = 0; i < 10_000; i++) {
                    p.setString(1, "buyer-" + i);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = Database.connect("kuajing_perf_raw");
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicLong sequence = new AtomicLong();
        Phase.Step step = () -> {
            Connection c = connections.get();
            long n = sequence.incrementAndGet();
            String orderNo = "R" + n;
            try (PreparedStatement quota = c.prepareStatement("UPDATE quota_account SET used = used + ? WHERE buyer_key = ?");
                 PreparedStatement order = c.prepareStatement("INSERT INTO orders VALUES (?, 'consumer', 'FLASH_PURCHASE', 'PLACED', ?, ?, ?, ?, ?, ?, NOW(6))");
                 PreparedStatement line = c.prepareStatement("INSERT INTO order_line VALUES (?, 1, ?, ?, '3304990099', 1, ?, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO outbox (type, payload, created_at) VALUES ('OrderPlaced', ?, NOW(6))")) {
                quota.setBigDecimal(1, new BigDecimal("123.45"));
                quota.setString(2, "buyer-" + ThreadLocalRandom.current().nextInt(10_000));
                quota.executeUpdate();
                order.setString(1, orderNo);
                order.setString(2, "张三");
                order.setString(3, "enc:310115196001010010");
                order.setString(4, "张三 13812345678 310115 上海市浦东新区世纪大道" + n + "号");
                order.setBigDecimal(5, new BigDecimal("100.00"));
                order.setBigDecimal(6, new BigDecimal("12.00"));
                order.setBigDecimal(7, new BigDecimal("11.45"));
                order.executeUpdate();
                line.setString(1, orderNo);
                line.setString(2, "SKU-" + n % 300);
                line.setString(3, "资生堂 红腰子精华 50ml");
                line.setBigDecimal(4, new BigDecimal("100.00"));
                line.setBigDecimal(5, new BigDecimal("11.45"));
                line.executeUpdate();
                event.setString(1, "{\"orderNo\":\"" + orderNo + "\",\"owner\":\"consumer\",\"mode\":\"FLASH_PURCHASE\",\"total\":123.45}");
                event.executeUpdate();
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
            return true;
        };
        phase(WARM_UP_MS / 2, step);
        return phase(MEASURE_MS, step);
    }

    /** A refusal by the product (a 4xx or 5xx), counted by status and rule. */
    static final class Refused extends RuntimeException {
        Refused(String what) {
            super(what, null, false, false);
        }
    }

    record Result(long done, long failures, long millis, Latencies latencies, Map<String, Integer> statuses) {
        double perSecond() {
            return done * 1000.0 / millis;
        }
    }

    /** {@code step} on 8 threads, back to back, for {@code millis}. */
    static Result phase(long millis, Phase.Step step) throws InterruptedException {
        return Phase.closedLoop(CONNECTIONS, millis, step);
    }

    static final class Phase {

        interface Step {
            boolean call() throws Exception;
        }

        static Result closedLoop(int threads, long millis, Step step) throws InterruptedException {
            Latencies latencies = new Latencies();
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            Map<String, Integer> statuses = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            long end = start + millis * 1_000_000;
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long began = System.nanoTime();
                        try {
                            if (step.call()) {
                                latencies.add(System.nanoTime() - began);
                                done.incrementAndGet();
                            }
                        } catch (Refused r) {
                            failed.incrementAndGet();
                            statuses.merge(r.getMessage(), 1, Integer::sum);
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            statuses.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                        }
                    }
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            return new Result(done.get(), failed.get(), (System.nanoTime() - start) / 1_000_000, latencies, statuses);
        }
    }
}
