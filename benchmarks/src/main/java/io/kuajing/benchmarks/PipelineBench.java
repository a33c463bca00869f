package io.kuajing.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;

/**
 * The declaration pipeline draining a peak day's backlog: {@code bench.backlog} paid 闪购 orders (default 10,000) are
 * placed and paid while the outbox dispatcher is off — the pipeline down, as after an outage or at midnight on
 * Double Eleven — then the product restarts on that database and works them off: logistics books each parcel with
 * the simulated carrier, customs declares (CEB311/411/511/621, signed), the sandbox single window answers at zero
 * added delay and customs reads its receipts every {@code bench.receipt-poll}, to release and clearance. The table
 * is orders cleared per second against the raw JDBC transaction measured in the same run, with where the orders
 * stood when the run ended; the drain, which ends when every event of the journeys was delivered too, is bounded by
 * {@code bench.drain-limit-s}.
 */
final class PipelineBench {

    static final String DATABASE = "kuajing_pipeline";
    static final int BACKLOG = Integer.getInteger("bench.backlog", 10_000);
    static final long DRAIN_LIMIT_S = Long.getLong("bench.drain-limit-s", 600);
    static final String RECEIPT_POLL = System.getProperty("bench.receipt-poll", "100ms");
    static final int PLACING_THREADS = 4;
    static final List<String> TERMINAL = List.of("CLEARED", "REJECTED", "CANCELLED", "PARKED");

    private PipelineBench() {
    }

    static void run() throws Exception {
        CheckoutBench.Result raw = CheckoutBench.rawJdbc();
        int placed;
        try (RunningApp app = RunningApp.start(DATABASE, Map.of("kuajing.outbox.dispatcher-enabled", false))) {
            List<String> skus = bondedSkus(app.seed());
            long began = System.nanoTime();
            placed = placeAndPay(app, skus);
            System.out.printf("backlog: %d paid orders placed in %.0f s (pipeline down)%n", placed,
                    (System.nanoTime() - began) / 1e9);
        }
        Map<String, Object> settings = Map.of("kuajing.customs.receipt-poll-interval", RECEIPT_POLL);
        long restart = System.nanoTime();
        try (RunningApp app = RunningApp.restart(DATABASE, settings)) {
            double startSeconds = (System.nanoTime() - restart) / 1e9;
            Map<String, Long> countersBefore = Database.counters();
            CpuClock cpuBefore = CpuClock.now();
            Drain drain = drain(placed);
            double[] cpu = CpuClock.now().perUnitMillis(cpuBefore, drain.cleared);
            Map<String, Long> used = Database.delta(countersBefore, Database.counters());
            new Table("path", "orders", "seconds", "per s")
                    .row("raw JDBC transaction, 8 connections (baseline)", raw.done(), Table.f1(raw.millis() / 1000.0),
                            Table.f1(raw.perSecond()))
                    .row("paid -> cleared, whole drain", drain.cleared, Table.f1(drain.seconds), Table.f1(drain.perSecond()))
                    .row("paid -> cleared, every event delivered", drain.cleared, Table.f1(drain.settledSeconds),
                            Table.f1(drain.cleared / drain.settledSeconds))
                    .row("paid -> cleared, steadiest 10% of the backlog", drain.steadiestOrders,
                            Table.f1(drain.steadiestSeconds), Table.f1(drain.steadiestPerSecond()))
                    .print(String.format("pipeline: backlog %d, restart %.1f s, first declaration %.1f s after it, "
                                    + "ratio to raw JDBC %.3f, receipts read every %s", placed, startSeconds,
                            drain.firstDeclaredSeconds, drain.perSecond() / raw.perSecond(), RECEIPT_POLL));
            System.out.println("declarations by status at the end: " + drain.declarations);
            System.out.println("orders by status at the end: " + drain.orders);
            System.out.println("outbox publications by status at the end: " + drain.publications);
            Table perOrder = new Table("per order cleared", "value");
            perOrder.row("CPU ms, this JVM (product and simulators)", Table.f2(cpu[0]));
            perOrder.row("CPU ms, database server", Double.isNaN(cpu[1]) ? "n/a" : Table.f2(cpu[1]));
            for (String counter : Database.COUNTERS) {
                perOrder.row(counter, Table.f2(used.getOrDefault(counter, 0L) / (double) Math.max(1, drain.cleared)));
            }
            perOrder.print("per order over the drain until every event was delivered (CPU from the JVM and /proc; "
                    + "statements from SHOW GLOBAL STATUS, "
                    + "the benchmark's counting queries included: every 500 ms, less often above 10,000 orders)");
        }
    }

    private static List<String> bondedSkus(List<ProductSnapshot> products) {
        return products.stream().filter(p -> p.prices().stream().anyMatch(l -> l.mode().name().equals("FLASH_PURCHASE")
                && l.total().amount().compareTo(new BigDecimal("2000")) < 0)).map(p -> p.sku().value()).toList();
    }

    /** Checkout and payment in process (a new buyer each, one bonded line), on a few threads: the HTTP path is measured elsewhere. */
    private static int placeAndPay(RunningApp app, List<String> skus) throws InterruptedException {
        Checkout checkout = app.context.getBean(Checkout.class);
        ConsumerOrders orders = app.context.getBean(ConsumerOrders.class);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger paid = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < PLACING_THREADS; t++) {
            Thread thread = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < BACKLOG; n = next.getAndIncrement()) {
                    // A buyer each (birth date and sequence from n: distinct up to 480,000 orders).
                    String id = ChineseIdNumber.completing(String.format("310115%04d%02d01%03d", 1960 + n / 1000 % 40,
                            1 + n / 40_000 % 12, n % 1000)).value();
                    try {
                        OrderView order = checkout.checkout(new CheckoutCommand("consumer", "pipeline-" + n,
                                List.of(new CheckoutCommand.Line(skus.get(n % skus.size()), 1, "FLASH_PURCHASE")),
                                new CheckoutCommand.BuyerDetails("张三", id, "13812345678"),
                                new CheckoutCommand.ConsigneeDetails("张三", "13812345678", "310115", "上海市浦东新区世纪大道" + n + "号")))
                                .orders().get(0);
                        orders.pay("consumer", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id, order.total().amount()));
                        paid.incrementAndGet();
                    } catch (RuntimeException e) {
                        refusals.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                    }
                }
            }, "pipeline-placer-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!refusals.isEmpty()) {
            System.out.println("not placed: " + new TreeMap<>(refusals));
        }
        return paid.get();
    }

    /** Polls the database twice a second until every order is cleared or the limit passes. */
    private static Drain drain(int backlog) throws Exception {
        long start = System.nanoTime();
        long limit = start + DRAIN_LIMIT_S * 1_000_000_000L;
        double firstDeclared = Double.NaN;
        List<double[]> progress = new ArrayList<>(); // {seconds, cleared}
        Map<String, Long> declarations;
        try (Connection c = Database.connect(DATABASE)) {
            while (true) {
                declarations = countBy(c, "SELECT status, COUNT(*) FROM customs_declaration GROUP BY status");
                double seconds = (System.nanoTime() - start) / 1e9;
                long declared = declarations.values().stream().mapToLong(Long::longValue).sum();
                if (declared > 0 && Double.isNaN(firstDeclared)) {
                    firstDeclared = seconds;
                }
                long cleared = declarations.getOrDefault("CLEARED", 0L);
                progress.add(new double[] {seconds, cleared});
                // Done when every order reached an end: cleared, or refused, cancelled or kept back (shown below).
                Map<String, Long> now = declarations;
                long ended = TERMINAL.stream().mapToLong(status -> now.getOrDefault(status, 0L)).sum();
                if (ended >= backlog || System.nanoTime() > limit) {
                    break;
                }
                Thread.sleep(Double.isNaN(firstDeclared) ? 500 : pollMillis(backlog));
            }
            // Then until every event of the journeys is delivered: the orders' own statuses follow the declarations'
            // through the outbox, and CPU and statements per order count that work too, not only up to the last
            // clearance (a faster customs side would otherwise look cheaper by leaving the rest behind).
            double settled = Double.NaN;
            while (System.nanoTime() <= limit) {
                if (countBy(c, "SELECT status, COUNT(*) FROM platform_event_publication"
                        + " WHERE status = 'PUBLISHED' GROUP BY status").isEmpty()) {
                    settled = (System.nanoTime() - start) / 1e9;
                    break;
                }
                Thread.sleep(500);
            }
            return new Drain(progress, firstDeclared, settled, declarations,
                    countBy(c, "SELECT status, COUNT(*) FROM purchase_order GROUP BY status"),
                    countBy(c, "SELECT status, COUNT(*) FROM platform_event_publication GROUP BY status"), backlog);
        }
    }

    /**
     * How often the drain's progress is read once declarations exist. Counting them by status reads the whole table
     * (no index serves it, and the product needs none), so at a fixed interval the benchmark's own reading cost the
     * server more per order the larger the backlog: at 100,000 it scanned up to 100,000 rows twice a second. Every
     * 500 ms up to 10,000 orders, then less often in proportion, so it costs the same per order at any size.
     */
    private static long pollMillis(int backlog) {
        return Math.max(500, backlog / 20);
    }

    private static Map<String, Long> countBy(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    /** How the backlog went: cleared over time, and the steadiest stretch (the fastest tenth of the backlog). */
    private static final class Drain {
        final long cleared;
        final double seconds;
        final double firstDeclaredSeconds;
        /** Until the outbox had nothing left to deliver; NaN when the limit came first. */
        final double settledSeconds;
        final long steadiestOrders;
        final double steadiestSeconds;
        final Map<String, Long> declarations;
        final Map<String, Long> orders;
        final Map<String, Long> publications;

        Drain(List<double[]> progress, double firstDeclared, double settled, Map<String, Long> declarations,
              Map<String, Long> orders, Map<String, Long> publications, int backlog) {
            double[] last = progress.get(progress.size() - 1);
            this.cleared = (long) last[1];
            this.seconds = last[0];
            this.firstDeclaredSeconds = firstDeclared;
            this.settledSeconds = settled;
            this.declarations = declarations;
            this.orders = orders;
            this.publications = publications;
            long tenth = Math.max(1, backlog / 10);
            double best = Double.MAX_VALUE;
            int from = 0;
            for (int to = 0; to < progress.size(); to++) {
                while (from < to && progress.get(to)[1] - progress.get(from + 1)[1] >= tenth) {
                    from++;
                }
                if (progress.get(to)[1] - progress.get(from)[1] >= tenth) {
                    best = Math.min(best, progress.get(to)[0] - progress.get(from)[0]);
                }
            }
            this.steadiestOrders = best == Double.MAX_VALUE ? 0 : tenth;
            this.steadiestSeconds = best == Double.MAX_VALUE ? 0 : best;
        }

        double perSecond() {
            return seconds == 0 ? 0 : cleared / seconds;
        }

        double steadiestPerSecond() {
            return steadiestSeconds == 0 ? 0 : steadiestOrders / steadiestSeconds;
        }
    }
}
