package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A claim shares its batch out between the handlers (ADR 0043): behind a backlog of one handler's publications, the
 * next steps other handlers' publications stand for are claimed at once, not after the whole backlog; every
 * publication is still claimed once, and none for a handler the claim was not made for.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "kuajing.outbox.dispatcher-enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxClaimSharesTest implements WithTestDatabase {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
    private static final int BATCH = 10;
    private static final int BACKLOG = 200;
    /** In the order of their shares: the backlog's first, then two quick ones and one with nothing due. */
    private static final List<String> HANDLERS = List.of("claim-shares.shipping", "claim-shares.declaring",
            "claim-shares.sending", "claim-shares.not-due-yet");

    @Inject
    Transactions transactions;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    EventPublications publications;

    @Test
    void behindABacklogEachHandlerGetsItsShareOldestFirstAndNothingIsClaimedTwice() {
        List<Long> backlog = publish("claim-shares.shipping", BACKLOG, NOW.minusSeconds(600));
        List<Long> declaring = publish("claim-shares.declaring", 3, NOW.minusSeconds(2));
        List<Long> sending = publish("claim-shares.sending", 3, NOW.minusSeconds(1));
        publish("claim-shares.not-due-yet", 3, NOW.plusSeconds(60));
        publish("claim-shares.another-apps", 3, NOW.minusSeconds(900));

        List<Publication> first = claim();
        Map<String, List<Long>> byHandler = first.stream().collect(Collectors.groupingBy(Publication::listenerId,
                Collectors.mapping(Publication::id, Collectors.toList())));
        // Ten dealt between four, 3, 3, 2 and 2: the last has nothing due and leaves, and the 2 left are dealt on
        // from where the one-mores stopped, to the third (its last) and the backlog: it gives 4 in all.
        assertEquals(backlog.subList(0, 4), byHandler.get("claim-shares.shipping"), "the backlog's four oldest");
        assertEquals(declaring, byHandler.get("claim-shares.declaring"));
        assertEquals(sending, byHandler.get("claim-shares.sending"));

        List<Long> all = new ArrayList<>(first.stream().map(Publication::id).toList());
        int claims = 1;
        for (List<Publication> next = claim(); !next.isEmpty(); next = claim()) {
            claims++;
            next.forEach(p -> all.add(p.id()));
        }
        assertEquals((BACKLOG + 6 + BATCH - 1) / BATCH, claims, "every batch full while publications are due");
        Set<Long> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "no publication claimed twice");
        assertEquals(BACKLOG + 6, distinct.size(), "every due publication claimed, none not due yet or not its handlers'");
        assertTrue(distinct.containsAll(backlog));
    }

    /**
     * Two claims side by side, the first still open as the second reads: each round's one statement skips, per
     * handler, what the other holds and locks only what it returns, so the second takes the next oldest of each, fills
     * its batch and waits for nothing.
     */
    @Test
    void aClaimBesideAnOpenOneTakesEachHandlersNextOldestAndNoneOfItsRows() throws Exception {
        List<String> handlers = List.of("side-by-side.a", "side-by-side.b", "side-by-side.c");
        List<Long> a = publish(handlers.get(0), 30, NOW.minusSeconds(30));
        List<Long> b = publish(handlers.get(1), 30, NOW.minusSeconds(20));
        List<Long> c = publish(handlers.get(2), 2, NOW.minusSeconds(10));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<List<Long>> first = other.submit(() -> transactions.writeReadCommitted(() -> {
                List<Long> ids = ids(publications.claim("first", NOW, NOW.plusSeconds(600), BATCH, handlers));
                firstClaimed.countDown();
                await(secondDone);
                return ids;
            }));
            assertTrue(firstClaimed.await(30, TimeUnit.SECONDS), "the first claim holds its batch");
            List<Long> second = transactions.writeReadCommitted(() -> {
                sql("SET SESSION innodb_lock_wait_timeout = 1");
                try {
                    return ids(publications.claim("second", NOW, NOW.plusSeconds(600), BATCH, handlers));
                } finally {
                    sql("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                }
            });
            secondDone.countDown();
            // 4, 3 and 3 dealt: c gives its 2 and leaves, the one left goes to b. The second finds c's held, and
            // a's and b's next 4 and 3, and the 3 left go 2 to b, 1 to a.
            assertEquals(concat(a.subList(0, 4), b.subList(0, 4), c), sorted(first.get(30, TimeUnit.SECONDS)));
            assertEquals(concat(a.subList(4, 9), b.subList(4, 9)), sorted(second));
        } finally {
            secondDone.countDown();
            other.shutdown();
        }
    }

    /**
     * An idle claim, nothing due for any of thirty handlers, is one statement (it was one per handler), and after the
     * first one the driver's cached: the server does not prepare it again.
     */
    @Test
    void anIdleClaimForThirtyHandlersIsOneStatementPreparedOnce() {
        List<String> idle = IntStream.range(0, 30).mapToObj(i -> "idle.handler-" + i).toList();
        transactions.writeReadCommitted(() -> publications.claim("idle", NOW, NOW.plusSeconds(600), 50, idle));
        List<Long> sent = transactions.writeReadCommitted(() -> {
            long prepares = counter("Com_stmt_prepare");
            long before = counter("Questions");
            long nothing = counter("Questions") - before;
            long questions = counter("Questions");
            assertEquals(List.of(), publications.claim("idle", NOW, NOW.plusSeconds(600), 50, idle));
            return List.of(counter("Questions") - questions - nothing, counter("Com_stmt_prepare") - prepares);
        });
        assertEquals(List.of(1L, 0L), sent, "statements, and statements the server prepared");
    }

    /** One of this connection's counters on the server (Questions counts the statement reading it). */
    private long counter(String name) {
        try (Statement st = tx.getConnection().createStatement();
             ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE '" + name + "'")) {
            rs.next();
            return rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) {
        try (Statement st = tx.getConnection().createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(List<Publication> claimed) {
        return claimed.stream().map(Publication::id).toList();
    }

    @SafeVarargs
    private static List<Long> concat(List<Long>... parts) {
        return sorted(Stream.of(parts).flatMap(List::stream).toList());
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Publication> claim() {
        return transactions.writeReadCommitted(() -> publications.claim("claim-shares", NOW, NOW.plusSeconds(600), BATCH,
                HANDLERS));
    }

    /** Stores {@code count} publications for one handler, due at {@code at}, and returns their ids in order. */
    private List<Long> publish(String listener, int count, Instant at) {
        return tx.executeWrite(status -> {
            publications.insert(IntStream.range(0, count).mapToObj(i -> new EventPublications.NewPublication(
                    UUID.randomUUID().toString(), listener, "Probe", "{}")).toList(), at);
            return ids(listener);
        });
    }

    private List<Long> ids(String listener) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "SELECT id FROM platform_event_publication WHERE listener_id = ? ORDER BY id")) {
            ps.setString(1, listener);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
