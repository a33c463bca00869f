package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.Person;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.support.FileExchangeFolders;
import io.kuajing.customs.support.WithFileExchange;
import io.kuajing.customs.support.HandedOver;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.platform.testing.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Receipts of one declaration arriving late, twice, or at the same time as the return they race with, applied on
 * MySQL by several threads as several app instances would. The single window is the file exchange with an inbox
 * nobody writes to, so the test alone decides which receipt is applied when.
 *
 * <p>The orderings that lost the restore of a whole return: a release-side receipt (899 cleared, or any other
 * that rewrites the declaration) read the declaration's lines from its snapshot, waited for the declaration's lock
 * held by the return request (CEB625) or its approval (CEB626), then wrote its stale lines back: the quantities
 * on their way back were gone, so the approval restored nothing (quota and bonded stock stayed counted), or the
 * returned quantities were undone after the approval.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptOrderingTest implements WithFileExchange {

    static final String EMS = "T2900W000002";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final FileExchangeFolders EXCHANGE = new FileExchangeFolders("customs-receipt-ordering");

    @Inject
    Declarations declarations;
    @Inject
    Quotas quotas;
    @Inject
    BondedBook book;
    @Inject
    DeclarationRecords records;
    @Inject
    ReceiptProcessing processing;
    @Inject
    TransactionOperations<Connection> tx;

    final ExecutorService pool = Executors.newFixedThreadPool(6);

    @Override
    public FileExchangeFolders exchange() {
        return EXCHANGE;
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void releaseReceiptsReplayedAfterTheReturnWasApprovedChangeNothing() {
        Released order = releasedBondedOrder();
        requestWholeReturn(order);
        apply(order, MessageType.CEB626, 800);
        order.assertReturnedOnce(this);

        apply(order, MessageType.CEB622, 800);
        apply(order, MessageType.CEB622, 899);
        apply(order, MessageType.CEB622, 120);
        apply(order, MessageType.CEB626, 800);

        order.assertReturnedOnce(this);
        Eventually.within(Duration.ofSeconds(10), "events", () -> RecordedEvents.of(GoodsReturned.class, order.no).size() == 1);
        assertEquals(1, RecordedEvents.of(GoodsReleased.class, order.no).size(), "released once");
    }

    @Test
    void aClearanceAppliedWhileTheReturnIsBeingRequestedKeepsTheQuantitiesOnTheirWayBack() throws Exception {
        Released order = releasedBondedOrder();
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> requesting = holdingLocks(() -> requestWholeReturn(order), commit);
        Future<?> clearing = pool.submit(() -> apply(order, MessageType.CEB622, 899));
        awaitLockWait();
        commit.countDown();
        requesting.get(20, TimeUnit.SECONDS);
        clearing.get(20, TimeUnit.SECONDS);

        assertEquals(List.of("1", "2"), order.requestedReturnQty(this), "the return request survives the clearance");
        apply(order, MessageType.CEB626, 800);
        order.assertReturnedOnce(this);
    }

    @Test
    void aClearanceAppliedWhileTheReturnIsBeingApprovedLeavesTheGoodsReturned() throws Exception {
        Released order = releasedBondedOrder();
        requestWholeReturn(order);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> approving = holdingLocks(() -> apply(order, MessageType.CEB626, 800), commit);
        Future<?> clearing = pool.submit(() -> apply(order, MessageType.CEB622, 899));
        awaitLockWait();
        commit.countDown();
        approving.get(20, TimeUnit.SECONDS);
        clearing.get(20, TimeUnit.SECONDS);

        order.assertReturnedOnce(this);
    }

    @Test
    void theReturnsApprovalAndLateReleaseReceiptsOnManyThreadsRestoreOnce() throws Exception {
        for (int round = 0; round < 8; round++) {
            Released order = releasedBondedOrder();
            requestWholeReturn(order);
            List<int[]> receipts = List.of(new int[] {622, 800}, new int[] {622, 899}, new int[] {626, 800},
                    new int[] {622, 899}, new int[] {626, 800}, new int[] {622, 120});
            CyclicBarrier start = new CyclicBarrier(receipts.size());
            List<Future<?>> all = new ArrayList<>();
            for (int[] r : receipts) {
                all.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    apply(order, MessageType.valueOf("CEB" + r[0]), r[1]);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
            order.assertReturnedOnce(this);
        }
    }

    // --- a released bonded order of a buyer with nothing else counted --------------------------------------------

    /** An order of 1 cream and 2 lipsticks, reserved (210.00), declared, accepted and released from the bonded book. */
    record Released(String no, Person buyer, BigDecimal creamsEntered, BigDecimal lipsticksEntered) {

        void assertReturnedOnce(ReceiptOrderingTest t) {
            assertEquals("RETURNED", t.declarations.status(no).orElseThrow().status());
            assertEquals(Money.cny("0.00"), t.quotas.status(buyer.idNumber(), t.year()).used(),
                    "the whole return gives back all the buyer's quota, once");
            assertEquals(0, creamsEntered.compareTo(t.book.stock(EMS, "SKU-CREAM-50")), "creams back on the book, once");
            assertEquals(0, lipsticksEntered.compareTo(t.book.stock(EMS, "SKU-LIP-01")), "lipsticks back on the book, once");
            List<DeclarationLine> lines = t.tx.executeRead(s -> t.records.find(no)).orElseThrow().lines();
            assertTrue(lines.stream().allMatch(l -> l.returnedQty().compareTo(l.qty()) == 0
                    && l.requestedReturnQty().signum() == 0), "every line returned: " + lines);
        }

        List<String> requestedReturnQty(ReceiptOrderingTest t) {
            return t.tx.executeRead(s -> t.records.find(no)).orElseThrow().lines().stream()
                    .map(l -> l.requestedReturnQty().stripTrailingZeros().toPlainString()).toList();
        }
    }

    Released releasedBondedOrder() {
        String no = "KJ-RO-" + SEQ.incrementAndGet();
        ChineseIdNumber id = QuotaLedgerTest.newBuyer();
        Person buyer = new Person("张三", id, "13812345678");
        DeclarationRequest request = SampleOrders.bonded(no, EMS, buyer);
        book.recordEntry(new BondedEntry(EMS, "ENTRY-" + no, List.of(
                new BondedEntry.Item("SKU-CREAM-50", request.lines().get(0).hsCode(), "面霜", BigDecimal.ONE),
                new BondedEntry.Item("SKU-LIP-01", request.lines().get(1).hsCode(), "唇膏", new BigDecimal("2")))));
        quotas.reserve(new QuotaReservation(no, id, Money.cny("210.00"), false));
        // What the book holds once this order's goods entered: again after the release and the whole return.
        Released order = new Released(no, buyer, book.stock(EMS, "SKU-CREAM-50"), book.stock(EMS, "SKU-LIP-01"));
        declarations.declare(request);
        apply(order, MessageType.CEB622, 120);
        apply(order, MessageType.CEB622, 800);
        assertEquals("RELEASED", declarations.status(no).orElseThrow().status());
        assertEquals(Money.cny("210.00"), quotas.status(id, year()).used());
        return order;
    }

    void requestWholeReturn(Released order) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        declarations.requestReturn(new ReturnRequest(order.no(), order.buyer(), "七天无理由退货",
                List.of(new ReturnRequest.Line(1, BigDecimal.ONE), new ReturnRequest.Line(2, new BigDecimal("2"))),
                today, today));
    }

    /** Applies one receipt the way the poller does; a receipt that could not be applied fails the test. */
    void apply(Released order, MessageType type, int status) {
        Receipt receipt = new Receipt(type, order.no(), status, "test", Instant.now(), "2900" + order.no(), null);
        HandedOver delivered = new HandedOver(receipt);
        processing.process(delivered);
        assertEquals(List.of(), delivered.failures(), type + " " + status + " applied");
    }

    /**
     * Runs {@code work} on another thread in a transaction that stays open, with its row locks, until
     * {@code commit} opens; returns once the work is done.
     */
    Future<?> holdingLocks(Runnable work, CountDownLatch commit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Future<?> held = pool.submit(() -> tx.executeWrite(status -> {
            work.run();
            done.countDown();
            try {
                commit.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(done.await(20, TimeUnit.SECONDS) || held.isDone(), "work done while holding its locks");
        return held;
    }

    /**
     * Waits until a transaction on this test's database is blocked on a row lock (the racing receipt). Polled
     * slowly on purpose: InnoDB refreshes INNODB_TRX only when it was not read for 100 ms.
     */
    void awaitLockWait() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!receiptWaitingForALock()) {
            assertTrue(System.nanoTime() < deadline, "a receipt waiting for the declaration's lock within 10 s");
            Thread.sleep(250);
        }
    }

    boolean receiptWaitingForALock() {
        return tx.executeRead(s -> {
            try (PreparedStatement ps = s.getConnection().prepareStatement("""
                    SELECT COUNT(*) FROM information_schema.INNODB_TRX t
                    JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
                    WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()""");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    int year() {
        return LocalDate.now(ChinaTime.ZONE).getYear();
    }
}
