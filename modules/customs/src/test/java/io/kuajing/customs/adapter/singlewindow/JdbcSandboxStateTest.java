package io.kuajing.customs.adapter.singlewindow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.kuajing.kernel.Money;
import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sandbox's ledger of buyers' yearly totals, as two outbox batches use it at once: each checks a new buyer
 * (both rows would go into one gap of the key) and then spends. Neither waits for the other, so neither deadlocks.
 * And its inbox of receipts, claimed and settled reading only the rows claimed, however small the table looks.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcSandboxStateTest implements WithTestDatabase {

    @Inject
    Transactions transactions;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void twoBatchesCheckingAndSpendingForNewBuyersBothCommit() throws Exception {
        JdbcSandboxState state = new JdbcSandboxState(transactions, tx);
        CountDownLatch bothChecked = new CountDownLatch(2);
        ExecutorService batches = Executors.newFixedThreadPool(2);
        // Plain transactions, not the platform's retried ones: a deadlock fails the test instead of running again.
        Future<Money> one = batches.submit(() -> tx.executeWrite(status -> checkThenSpend(state, "buyer-a-2026", bothChecked)));
        Future<Money> other = batches.submit(() -> tx.executeWrite(status -> checkThenSpend(state, "buyer-b-2026", bothChecked)));
        try {
            assertEquals(Money.zero(Money.CNY), one.get(60, TimeUnit.SECONDS));
            assertEquals(Money.zero(Money.CNY), other.get(60, TimeUnit.SECONDS));
        } finally {
            batches.shutdownNow();
        }
        assertEquals(Money.cny("100.00"), state.spent("buyer-a-2026"));
        state.spend("buyer-a-2026", Money.cny("20.50"));
        assertEquals(Money.cny("120.50"), state.spent("buyer-a-2026"));
        assertEquals(Money.cny("100.00"), state.spent("buyer-b-2026"));
    }

    /**
     * 200 receipts of a queue of 1,000 claimed and settled: by a list of 200 ids the server read the whole table (the
     * optimizer costs 200 key lookups above a scan of a table that size: a lease UPDATE read 1,000 index entries, a
     * DELETE 1,000 rows), and a scanning DELETE waits for every row another transaction holds (docs/performance.md,
     * Pipeline, tenth session). The rows the server read for it, by its own counters on the connection, are the ones
     * claimed: the claim's read along the due index, then one key lookup per row to lease it and one to delete it.
     */
    @Test
    void claimingAndSettlingReadOnlyTheClaimedRowsOfAQueueTheOptimizerTakesForSmall() {
        JdbcSandboxState state = new JdbcSandboxState(transactions, tx);
        Instant now = Instant.now();
        // A recursive CTE, not MariaDB's seq_1_to_N tables: the tests also run on MySQL (Testcontainers).
        tx.executeWrite(status -> sql(status.getConnection(), """
                INSERT INTO customs_sandbox_receipt (order_no, message_type, return_status, due_us, body)
                SELECT CONCAT('ORDER-', n), 'CEB622', '800', n, ''
                FROM (WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
                      SELECT n FROM seq) numbers"""));
        int claims = 200;
        tx.executeWrite(status -> {
            Connection connection = status.getConnection();
            long before = rowsRead(connection);
            List<SandboxState.Claimed> claimed = state.claimDue(now, now.plusSeconds(60), claims);
            long claiming = rowsRead(connection) - before;
            state.delivered(claimed.stream().map(SandboxState.Claimed::id).toList());
            long settling = rowsRead(connection) - before - claiming;
            assertEquals(claims, claimed.size());
            assertAll(
                    // The claim reads its rows along the due index (and the entry past them); the lease one each.
                    () -> assertTrue(claiming <= 2L * claims + 2, "rows read to claim " + claims + ": " + claiming),
                    () -> assertEquals(claims, settling, "rows read to settle " + claims));
            return null;
        });
        assertEquals(1000 - claims, state.pending().size());
    }

    private static long rowsRead(Connection connection) {
        return sql(connection, "SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_first', 'Handler_read_key',"
                + " 'Handler_read_last', 'Handler_read_next', 'Handler_read_prev', 'Handler_read_rnd', 'Handler_read_rnd_next')");
    }

    /** Runs {@code statement}: the sum of its result's second column, or the rows it changed. */
    private static long sql(Connection connection, String statement) {
        try (Statement s = connection.createStatement()) {
            if (!s.execute(statement)) {
                return s.getUpdateCount();
            }
            long sum = 0;
            try (ResultSet rs = s.getResultSet()) {
                while (rs.next()) {
                    sum += rs.getLong(2);
                }
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Money checkThenSpend(JdbcSandboxState state, String buyerYear, CountDownLatch bothChecked) {
        Money before = state.spent(buyerYear);
        bothChecked.countDown();
        try {
            // Both have checked (and, before the change, locked the gap their rows go to) before either spends.
            bothChecked.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state.spend(buyerYear, Money.cny("100.00"));
        return before;
    }
}
