package io.kuajing.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.domain.Checkpoint;
import io.kuajing.logistics.domain.Collection;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.logistics.domain.TrackingEntry;
import io.kuajing.platform.Transactions;

/**
 * Logistics' persistence on its hot paths, each one transaction as the worker and the controllers run it: a
 * shipment inserted, locked and updated with one new tracking event (a poll or a push), read by order (the order
 * page), and the worker's queue claim of {@code CLAIM} due rows with their lease. Each is timed through the module's
 * {@code ShipmentStore} / {@code ShipmentQueue} on the product's transactions, and against the same statements
 * written by hand on one plain JDBC connection over copies of the tables ({@link RawShipments}), the two alternating
 * operation by operation so both see the same machine. {@code bench.shipments} shipments (default 2,000) after a
 * warm-up round of 300.
 */
final class ShipmentsBench {

    static final String DATABASE = "kuajing_shipments";
    static final int SHIPMENTS = Integer.getInteger("bench.shipments", 2_000);
    static final int WARM_UP = 300;
    static final int CLAIM = 20;
    /** Claim passes over the round's rows, made due again before each: more claims to time than rows / CLAIM. */
    static final int CLAIM_PASSES = 5;

    private ShipmentsBench() {
    }

    static void run() throws Exception {
        Map<String, Object> quiet = Map.of("kuajing.logistics.worker.enabled", false, "kuajing.outbox.dispatcher-enabled", false);
        try (RunningApp app = RunningApp.start(DATABASE, quiet)) {
            ShipmentStore store = app.context.getBean(ShipmentStore.class);
            ShipmentQueue queue = app.context.getBean(ShipmentQueue.class);
            Transactions transactions = app.context.getBean(Transactions.class);
            try (RawShipments raw = RawShipments.open(DATABASE)) {
                new Round("warm-up", WARM_UP, store, queue, transactions, raw).run();
                List<Phase> phases = new Round("measured", SHIPMENTS, store, queue, transactions, raw).run();
                Table table = new Table("hot path (one transaction)", "ops", "raw JDBC per s (baseline)", "raw p50 ms",
                        "raw CPU µs/op", "store per s", "store p50 ms", "store p99 ms", "store CPU µs/op", "store / raw");
                for (Phase p : phases) {
                    table.row(p.name, p.store.count(), Table.f1(p.raw.perSecond()), Table.f2(p.raw.millis(0.5)),
                            Table.f1(p.raw.cpuMicrosPerOperation()), Table.f1(p.store.perSecond()),
                            Table.f2(p.store.millis(0.5)), Table.f2(p.store.millis(0.99)),
                            Table.f1(p.store.cpuMicrosPerOperation()), Table.f2(p.store.perSecond() / p.raw.perSecond()));
                }
                table.print(String.format("logistics persistence, %d shipments, 1 thread, raw and store alternating", SHIPMENTS));
            }
        }
    }

    /** One pass over {@code size} new shipments through every hot path. */
    private record Round(String name, int size, ShipmentStore store, ShipmentQueue queue, Transactions transactions,
                         RawShipments raw) {

        List<Phase> run() throws Exception {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<Shipment> shipments = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                shipments.add(shipment(name + "-" + i, now));
            }
            raw.manifestLike(shipments.get(0));
            List<Phase> phases = new ArrayList<>();
            phases.add(alternate("insert", size,
                    i -> raw.insert(shipments.get(i)),
                    i -> transactions.write(() -> store.insert(shipments.get(i)))));
            Instant nextPoll = now.plus(Duration.ofMinutes(30));
            phases.add(alternate("lock + update with a tracking event", size,
                    i -> raw.lockAndRecord(shipments.get(i).id(), scan(now, i), nextPoll),
                    i -> transactions.write(() -> {
                        Shipment s = store.lockById(shipments.get(i).id()).orElseThrow();
                        s.record(List.of(scan(now, i)), nextPoll);
                        store.update(s);
                        return null;
                    })));
            phases.add(alternate("read by order", size,
                    i -> raw.byOrder(shipments.get(i).orderId()),
                    i -> transactions.read(() -> store.byOrder(shipments.get(i).orderId()))));
            phases.add(claims(shipments));
            return phases;
        }

        /**
         * The worker's claim, {@code CLAIM} rows a time until none is due, {@code CLAIM_PASSES} times: before each pass
         * this round's rows are made due again on both sides (untimed).
         */
        private Phase claims(List<Shipment> shipments) throws Exception {
            Phase phase = new Phase("queue claim of " + CLAIM + " with lease");
            for (int pass = 0; pass < CLAIM_PASSES; pass++) {
                Instant now = Instant.now();
                Instant due = now.minusSeconds(60);
                raw.makeDue("bench-" + name + "-", due);
                Instant lease = now.plus(Duration.ofMinutes(10));
                boolean rawDone = false;
                boolean storeDone = false;
                while (!rawDone || !storeDone) {
                    if (!rawDone) {
                        rawDone = phase.raw.time(() -> raw.claim(now, lease, CLAIM)).isEmpty();
                    }
                    if (!storeDone) {
                        storeDone = phase.store.time(() -> transactions.write(() -> queue.claimDue(now, lease, CLAIM))).isEmpty();
                    }
                }
            }
            return phase;
        }
    }

    /** Runs operation {@code i} on the raw side, then on the store side, for every i, timing each. */
    private static Phase alternate(String name, int size, IntConsumer raw, IntConsumer store) {
        Phase phase = new Phase(name);
        for (int i = 0; i < size; i++) {
            int operation = i;
            phase.raw.time(() -> {
                raw.accept(operation);
                return null;
            });
            phase.store.time(() -> {
                store.accept(operation);
                return null;
            });
        }
        return phase;
    }

    /**
     * A booked first leg of a 9610 parcel from Tokyo, two lines of goods: a manifest of the size the product stores.
     * Booked (not planned) so it has a waybill and moves on its first scan.
     */
    static Shipment shipment(String key, Instant now) {
        Place from = new Place("花王 物流センター", "+81-3-0000-0000", "JP", null, null, "Tokyo", null, "1-1 Chuo", "103-0001");
        Place to = new Place("张伟", "13800138000", "CN", "310115", "上海市", "上海市", "浦东新区", "世纪大道 100 号 8 楼",
                "200120");
        List<Goods> goods = List.of(
                new Goods("JP-B0000001", "花王 化粧水 しっとり 150ml", "3304990099", "JP", 2, 180, Money.of("1980", "JPY")),
                new Goods("JP-B0000002", "資生堂 日焼け止め 60ml", "3304990099", "JP", 1, 90, Money.of("2480", "JPY")));
        Manifest manifest = new Manifest(from, to, "张伟", "110101199003074514", Regime.CBEC_DIRECT_MAIL, 450, goods);
        return new Shipment("bench-" + key, "ORDER-" + key, "consumer", 1, true, LegKind.END_TO_END,
                FulfilmentMode.DIRECT_MAIL, manifest, 7, ShipmentStatus.BOOKED, "bench-carrier", "STANDARD", "WB-" + key, 1,
                now.plus(Duration.ofHours(1)), Collection.USUAL, List.of());
    }

    /** The carrier's first scan of parcel {@code i}: picked up. */
    static TrackingEntry scan(Instant now, int i) {
        return new TrackingEntry(now.plusMillis(i), Checkpoint.PICKED_UP, null, "PICKED_UP", "東京都中央区", "荷物を集荷しました");
    }

    /** One hot path's timings on both sides. */
    private static final class Phase {
        final String name;
        final Timings raw = new Timings();
        final Timings store = new Timings();

        Phase(String name) {
            this.name = name;
        }
    }

    /**
     * Latencies plus their sum, for throughput over the time spent in the operation itself; and the calling thread's
     * CPU time, which the other sessions on this shared machine disturb far less than the wall clock: what the
     * framework and the driver cost on this side of the wire.
     */
    private static final class Timings {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final Latencies latencies = new Latencies();
        private long nanos;
        private long cpuNanos;

        <T> T time(Supplier<T> operation) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            T result = operation.get();
            long took = System.nanoTime() - began;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            latencies.add(took);
            nanos += took;
            return result;
        }

        int count() {
            return latencies.count();
        }

        double millis(double q) {
            return latencies.millis(q);
        }

        double perSecond() {
            return count() / Math.max(1e-9, nanos / 1e9);
        }

        double cpuMicrosPerOperation() {
            return cpuNanos / 1e3 / Math.max(1, count());
        }
    }
}
