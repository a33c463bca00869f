package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two dispatcher workers claiming side by side: a claim held open holds up no other. When a lease moved its rows
 * within the due index it did: at REPEATABLE READ into the gaps the other claim's locking read held (docs/performance.md,
 * Pipeline, eighth session), and at READ COMMITTED, where the dispatcher claims (ADR 0041), onto the entry past the
 * other's range, which a range read locks too (ADR 0049). The lease now writes no column of that index.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "kuajing.outbox.dispatcher-enabled", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxClaimTest implements WithTestDatabase {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final int BATCH = 5;
    private static final String LISTENER = "outbox.claim-test";

    @Inject
    Transactions transactions;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    EventPublications publications;

    @BeforeAll
    void due() {
        tx.executeWrite(status -> {
            publications.insert(IntStream.range(0, 4 * BATCH).mapToObj(i -> new EventPublications.NewPublication(
                    UUID.randomUUID().toString(), LISTENER, "Probe", "{}")).toList(), NOW.minusSeconds(1));
            return null;
        });
    }

    @Test
    void aClaimHeldOpenHoldsUpNoOtherClaimAtRepeatableReadOrReadCommitted() throws Exception {
        List<Long> repeatableRead = whileAnotherClaimIsOpen(work -> tx.executeWrite(status -> work.get()));
        assertEquals(BATCH, repeatableRead.size(), "claimed at once at REPEATABLE READ, beside the open claim");

        List<Long> readCommitted = whileAnotherClaimIsOpen(transactions::writeReadCommitted);
        assertEquals(BATCH, readCommitted.size(), "claimed at once at READ COMMITTED, beside the open claim");
    }

    /** The second of two claims, made while the first, in a transaction of the same kind, is still open. */
    private List<Long> whileAnotherClaimIsOpen(Claims claims) throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<List<Long>> open = first.submit(() -> claims.run(() -> {
            List<Long> ids = claim("first");
            firstClaimed.countDown();
            await(secondDone);
            return ids;
        }));
        try {
            assertTrue(firstClaimed.await(10, TimeUnit.SECONDS), "the first claim holds its batch");
            List<Long> second = claims.run(() -> impatiently(() -> claim("second")));
            Set<Long> both = new HashSet<>(second);
            secondDone.countDown();
            both.addAll(open.get(30, TimeUnit.SECONDS));
            assertEquals(2 * BATCH, both.size(), "no publication in both claims");
            return second;
        } finally {
            secondDone.countDown();
            first.shutdown();
        }
    }

    private List<Long> claim(String worker) {
        return publications.claim(worker, NOW, NOW.plusSeconds(60), BATCH, List.of(LISTENER)).stream().map(Publication::id).toList();
    }

    /** Gives up on a lock after one second, on the current transaction's connection. */
    private <T> T impatiently(Supplier<T> work) {
        sql("SET SESSION innodb_lock_wait_timeout = 1");
        try {
            return work.get();
        } finally {
            sql("SET SESSION innodb_lock_wait_timeout = DEFAULT");
        }
    }

    private void sql(String statement) {
        try (Statement st = tx.getConnection().createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A kind of write transaction: the default's REPEATABLE READ, or the dispatcher's claim at READ COMMITTED. */
    @FunctionalInterface
    private interface Claims {
        List<Long> run(Supplier<List<Long>> work);
    }
}
