package io.kuajing.purchase.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.Sku;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.domain.StockLedger;
import io.kuajing.purchase.domain.StockPool;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Orders settled in batches, as the outbox delivers their events: two batches whose orders share pools in opposite
 * orders both commit, without a deadlock (and without the retry that would hide one), and the pools count right.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolSettlementsTest implements WithTestDatabase {

    private static final AtomicInteger ORDERS = new AtomicInteger();

    @Inject
    StockLedger ledger;

    @Inject
    StockPoolRows pools;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void twoBatchesSettlingOrdersOfTheSamePoolsInOppositeOrdersBothCommit() throws Exception {
        StockPool a = offer("A");
        StockPool b = offer("B");
        String first = heldFrom(a, 1);
        String second = heldFrom(b, 2);
        String third = heldFrom(b, 3);
        String fourth = heldFrom(a, 4);
        CountDownLatch eachSettledItsFirst = new CountDownLatch(2);
        ExecutorService batches = Executors.newFixedThreadPool(2);
        // Plain transactions, not the platform's retried ones: a deadlock fails the test instead of running again.
        Future<?> one = batches.submit(() -> tx.executeWrite(status -> {
            ledger.consume(first, Instant.now());
            meet(eachSettledItsFirst);
            ledger.consume(second, Instant.now());
            return null;
        }));
        Future<?> other = batches.submit(() -> tx.executeWrite(status -> {
            ledger.consume(third, Instant.now());
            meet(eachSettledItsFirst);
            ledger.consume(fourth, Instant.now());
            return null;
        }));
        try {
            one.get(60, TimeUnit.SECONDS);
            other.get(60, TimeUnit.SECONDS);
        } finally {
            batches.shutdownNow();
        }
        assertEquals(List.of(0, 1 + 4), heldAndSold(a));
        assertEquals(List.of(0, 2 + 3), heldAndSold(b));
    }

    @Test
    void aSettlementRolledBackLeavesItsPoolAsItWasAndOrdersOfOnePoolAreSummed() {
        StockPool pool = offer("C");
        String first = heldFrom(pool, 2);
        String second = heldFrom(pool, 3);
        assertThrows(IllegalStateException.class, () -> tx.executeWrite(status -> {
            ledger.release(first, Instant.now());
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(List.of(5, 0), heldAndSold(pool));

        tx.executeWrite(status -> {
            ledger.release(first, Instant.now());
            ledger.consume(second, Instant.now());
            ledger.consume(second, Instant.now()); // seen again in the same batch: settled once
            return null;
        });
        assertEquals(List.of(0, 3), heldAndSold(pool));
    }

    private static StockPool offer(String name) {
        return new StockPool.Offer("test", "ref-" + name + "-" + System.nanoTime(), "seller", "WH1", new Sku("SKU-" + name));
    }

    /** A new order holding {@code quantity} units of the pool (counted at 100) on one line. */
    private String heldFrom(StockPool pool, int quantity) {
        String orderNo = "PS" + System.nanoTime() % 1_000_000_000L + ORDERS.incrementAndGet();
        boolean held = tx.executeWrite(status -> ledger.hold(List.of(new StockLedger.Hold(pool, 100, orderNo, 1, quantity)),
                Instant.now()).isEmpty());
        assertTrue(held, "held " + quantity + " of " + pool.key());
        return orderNo;
    }

    private List<Integer> heldAndSold(StockPool pool) {
        return tx.executeRead(status -> pools.findById(pool.key()).map(row -> List.of(row.held(), row.sold())).orElseThrow());
    }

    private static void meet(CountDownLatch latch) {
        latch.countDown();
        try {
            // Each batch has settled its first order (and so, before the change, locked its first pool) before either
            // goes on to its second.
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
