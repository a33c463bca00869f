package io.kuajing.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A real MySQL deadlock between two transactions: both complete, the victim having run again. */
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
            await(bothHoldTheirFirstRow);
            bump(2);
            return null;
        }));
        Future<?> b = pool.submit(() -> transactions.write(() -> {
            attempts.incrementAndGet();
            bump(2);
            bothHoldTheirFirstRow.countDown();
            await(bothHoldTheirFirstRow);
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

    private static void await(CountDownLatch latch) {
        try {
            // The retry finds the latch already open: it runs straight through.
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
