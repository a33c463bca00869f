package io.kuajing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real MySQL deadlock between two transactions: both complete, the victim having run again. And a queue's claim at
 * READ COMMITTED, which passes over a row another transaction is inserting instead of waiting for it.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionsTest implements WithTestDatabase {

    @Inject
    Transactions transactions;

    @Inject
    TransactionOperations<Connection> tx;

    @BeforeAll
    void rows() {
        tx.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("CREATE TABLE deadlock_probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
                st.execute("INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)");
                st.execute("CREATE TABLE queue_probe (id INT AUTO_INCREMENT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
                st.execute("INSERT INTO queue_probe (n) VALUES (0), (0), (0)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    void twoTransactionsLockingInOppositeOrderBothCompleteOneRetried() throws Exception {
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> a = pool.submit(() -> transactions.write(() -> {
            attempts.incrementAndGet();
            bump(1);
            bothHoldTheirFirstRow.countDown();
            await(bothHoldTheirFirstRow, 5);
            bump(2);
            return null;
        }));
        Future<?> b = pool.submit(() -> transactions.write(() -> {
            attempts.incrementAndGet();
            bump(2);
            bothHoldTheirFirstRow.countDown();
            await(bothHoldTheirFirstRow, 5);
            bump(1);
            return null;
        }));
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(attempts.get() >= 3, "one of them was the deadlock victim and ran again: " + attempts.get() + " attempts");
        assertEquals(2, counter(1), "each transaction counted once");
        assertEquals(2, counter(2));
    }

    @Test
    void aClaimAtReadCommittedPassesOverARowBeingInsertedWhereRepeatableReadWaitsForIt() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch claimed = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> inserting = pool.submit(() -> transactions.write(() -> {
            sql("INSERT INTO queue_probe (n) VALUES (0)");
            inserted.countDown();
            // Held longer than a claim that waited would take to give up, retries included.
            await(claimed, 60);
            return null;
        }));
        assertTrue(inserted.await(10, TimeUnit.SECONDS), "the other transaction holds its new row");
        try {
            // The claim's UPDATE by ids as the optimizer reads it when it believes the table small: a scan of all rows.
            String claim = "UPDATE queue_probe IGNORE INDEX (PRIMARY) SET n = n + 1 WHERE id IN (1, 2)";
            RuntimeException waited = assertThrows(RuntimeException.class, () -> tx.executeWrite(status -> impatient(claim)),
                    "at REPEATABLE READ the claim waits for the row being inserted");
            assertTrue(Transactions.isLockConflict(waited), waited.toString());
            assertEquals(2, transactions.writeReadCommitted(() -> impatient(claim)), "at READ COMMITTED");
        } finally {
            claimed.countDown();
            inserting.get(30, TimeUnit.SECONDS);
            pool.shutdown();
        }
    }

    /** Runs a statement that gives up on a lock after one second, on the current transaction's connection. */
    private int impatient(String statement) {
        sql("SET SESSION innodb_lock_wait_timeout = 1");
        try {
            return sql(statement);
        } finally {
            sql("SET SESSION innodb_lock_wait_timeout = DEFAULT");
        }
    }

    private int sql(String statement) {
        try (Statement st = tx.getConnection().createStatement()) {
            return st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeadlockOrLockWaitTimeoutIsRecognisedAndNothingElse() {
        assertTrue(Transactions.isLockConflict(new IllegalStateException(new SQLException("deadlock", "40001", 1213))));
        assertTrue(Transactions.isLockConflict(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertEquals(false, Transactions.isLockConflict(new SQLException("Duplicate entry", "23000", 1062)));
    }

    private int counter(int id) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("SELECT n FROM deadlock_probe WHERE id = ?")) {
                ps.setInt(1, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void bump(int id) {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("UPDATE deadlock_probe SET n = n + 1 WHERE id = ?")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            // The retry finds the latch already open: it runs straight through.
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
