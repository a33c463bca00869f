package io.kuajing.customs.adapter.singlewindow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
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
