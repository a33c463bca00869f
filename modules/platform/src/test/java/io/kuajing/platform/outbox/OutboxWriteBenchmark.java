package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.kuajing.platform.outbox.DataPublications.PublicationRow;
import io.kuajing.platform.outbox.DataPublications.PublicationRows;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox's two hot paths, hand-written ({@link EventPublications}) against the same SQL through Micronaut Data
 * JDBC ({@link DataPublications}), alternating, on the same database: the figure behind ADR 0038.
 * <ul>
 *   <li>store: 2,000 business transactions, each storing 4 publications (an event for four handlers, as a checkout's
 *       does) — hand-written as one multi-row INSERT, Data as a JDBC batch of single-row inserts;</li>
 *   <li>drain: the 8,000 stored claimed 50 at a time (the dispatcher's batch) and each completed, a transaction per
 *       batch — claim by SELECT … FOR UPDATE SKIP LOCKED and the lease UPDATE, then one UPDATE per completion.</li>
 * </ul>
 * It also reads back whether a time bound by Data keeps its fraction of a second on this server (Connector/J cuts
 * it on MariaDB, which is why the outbox binds times as text). The dispatcher is off. Not part of the default run:
 * <pre>
 * ./mvnw -o -B verify -pl modules/platform -Dplatform.benchmark.skip= -Dgroups=benchmark -Dtest=OutboxWriteBenchmark
 * </pre>
 * Figures go to stdout and target/outbox-write-benchmark.txt.
 */
@Tag("benchmark")
@MicronautTest(environments = "test", transactional = false)
@Property(name = "kuajing.outbox.dispatcher-enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxWriteBenchmark implements WithTestDatabase {

    static final int TRANSACTIONS = Integer.getInteger("bench.outbox.transactions", 2_000);
    static final int PER_TRANSACTION = 4;
    /** The handlers the publications of a transaction are stored for, one each. */
    private static final List<String> HANDLERS = IntStream.range(0, PER_TRANSACTION).mapToObj(i -> "handler-" + i).toList();
    static final int BATCH = 50;
    static final int ROUNDS = 3;
    static final String EVENT = "{\"orderNo\":\"KJ20261206000000001\",\"buyer\":\"u-0001\",\"total\":{\"amount\":\"199.00\",\"currency\":\"CNY\"}}";

    @Inject
    EventPublications hand;

    @Inject
    PublicationRows data;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void handWrittenAgainstData() throws IOException {
        round(this::storeByHand, this::drainByHand, 200);
        round(this::storeByData, this::drainByData, 200);
        long[][] byHand = new long[2][ROUNDS];
        long[][] byData = new long[2][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            // Alternating which goes first, so a burst of load elsewhere does not always fall on the same one.
            if (r % 2 == 0) {
                into(byHand, r, round(this::storeByHand, this::drainByHand, TRANSACTIONS));
                into(byData, r, round(this::storeByData, this::drainByData, TRANSACTIONS));
            } else {
                into(byData, r, round(this::storeByData, this::drainByData, TRANSACTIONS));
                into(byHand, r, round(this::storeByHand, this::drainByHand, TRANSACTIONS));
            }
        }
        String report = String.format("outbox: %,d transactions of %d publications stored, then drained in claims of %d"
                        + " (ms, %d rounds): store hand-written %s, Data %s -> Data/hand median %.2f; drain hand-written %s,"
                        + " Data %s -> Data/hand median %.2f; a time bound by Data keeps its fraction: %s (load average %.1f)%n",
                TRANSACTIONS, PER_TRANSACTION, BATCH, ROUNDS, Arrays.toString(byHand[0]), Arrays.toString(byData[0]),
                (double) median(byData[0]) / median(byHand[0]), Arrays.toString(byHand[1]), Arrays.toString(byData[1]),
                (double) median(byData[1]) / median(byHand[1]), dataKeepsFraction(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(report);
        Files.writeString(Path.of("target/outbox-write-benchmark.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private interface Store {
        void store(List<String> eventIds, Instant at);
    }

    private interface Drain {
        int drain(Instant at);
    }

    /** Milliseconds to store {@code transactions} × 4 publications, then to drain them all. */
    private long[] round(Store store, Drain drain, int transactions) {
        tx.executeWrite(s -> {
            try (java.sql.Statement delete = s.getConnection().createStatement()) {
                return delete.executeUpdate("DELETE FROM platform_event_publication");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Instant at = Instant.parse("2026-12-06T12:00:00.250Z");
        long start = System.nanoTime();
        for (int t = 0; t < transactions; t++) {
            List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString());
            tx.executeWrite(s -> {
                store.store(ids, at);
                return null;
            });
        }
        long stored = System.nanoTime();
        int completed = 0;
        Instant later = at.plusSeconds(1);
        for (int claimed; (claimed = tx.executeWrite(s -> drain.drain(later))) > 0; ) {
            completed += claimed;
        }
        long drained = System.nanoTime();
        assertEquals(transactions * PER_TRANSACTION, completed, "every publication claimed and completed once");
        return new long[] {(stored - start) / 1_000_000, (drained - stored) / 1_000_000};
    }

    private void storeByHand(List<String> eventIds, Instant at) {
        List<EventPublications.NewPublication> rows = new ArrayList<>();
        for (int i = 0; i < eventIds.size(); i++) {
            rows.add(new EventPublications.NewPublication(eventIds.get(i), HANDLERS.get(i), "OrderPlaced", EVENT));
        }
        hand.insert(rows, at);
    }

    private void storeByData(List<String> eventIds, Instant at) {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        List<PublicationRow> rows = new ArrayList<>();
        for (int i = 0; i < eventIds.size(); i++) {
            rows.add(new PublicationRow(null, eventIds.get(i), HANDLERS.get(i), "OrderPlaced", EVENT, utc, "PUBLISHED",
                    0, utc, null, null, null, null));
        }
        data.insert(rows);
    }

    private int drainByHand(Instant now) {
        List<Publication> claimed = hand.claim("bench", now, now.plusSeconds(120), BATCH, HANDLERS);
        if (!claimed.isEmpty()) {
            hand.complete(claimed.stream().map(Publication::id).toList(), "bench", now);
        }
        return claimed.size();
    }

    private int drainByData(Instant now) {
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<PublicationRow> claimed = data.claimable(utc, BATCH);
        if (claimed.isEmpty()) {
            return 0;
        }
        data.lease(claimed.stream().map(PublicationRow::id).toList(), "bench", utc.plusSeconds(120), utc);
        for (PublicationRow p : claimed) {
            data.complete(p.id(), "bench", utc);
        }
        return claimed.size();
    }

    /** Stores one row through Data at .250 s and reads back what the server kept. */
    private String dataKeepsFraction() {
        String eventId = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-12-06T12:00:00.250Z");
        tx.executeWrite(s -> {
            storeByData(List.of(eventId), at);
            return null;
        });
        List<LocalDateTime> kept = tx.executeRead(s -> data.publishedAt(eventId));
        return kept.get(0).getNano() == 250_000_000 ? "yes" : "no (stored " + kept.get(0) + ")";
    }

    private static void into(long[][] figures, int round, long[] millis) {
        figures[0][round] = millis[0];
        figures[1][round] = millis[1];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
