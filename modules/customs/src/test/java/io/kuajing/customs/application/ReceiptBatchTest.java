package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.ReceiptView;
import io.kuajing.customs.TaxBillIssued;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.customs.support.FileExchangeFolders;
import io.kuajing.customs.support.WithFileExchange;
import io.kuajing.customs.support.HandedOver;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.Money;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.StatementCounters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A collected batch of receipts applied in one transaction (docs/performance.md, "Pipeline"): each receipt once,
 * whatever order and company they arrive in, and with statements per batch, not per receipt. The single window is
 * the file exchange with an inbox nobody writes to, so the test alone hands receipts over.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptBatchTest implements WithFileExchange {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final FileExchangeFolders EXCHANGE = new FileExchangeFolders("customs-receipt-batch");

    @Inject
    Declarations declarations;
    @Inject
    DeclarationRecords records;
    @Inject
    ReceiptProcessing processing;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public FileExchangeFolders exchange() {
        return EXCHANGE;
    }

    @Test
    void eachReceiptOfABatchIsAppliedOnceAndATaxBillFindsTheListNumberedEarlierInTheSameBatch() {
        String a = declared();
        String b = declared();
        String invtA = listNumber(a);
        Instant at = Instant.now();
        // The 816 names its declaration by the list number only, which the 120 before it in the batch gives.
        Receipt bill = new Receipt(MessageType.CEB816, null, null, null, invtA, null, null, 1, "电子税单", at,
                new TaxBill("TAX-" + a, invtA, Money.cny("0.00"), Money.cny("12.30"), Money.cny("0.00")));
        Receipt releasedA = receipt(a, 800, at);
        List<HandedOver> batch = List.of(
                new HandedOver(receipt(a, 120, at)),
                new HandedOver(bill),
                new HandedOver(releasedA, releasedA),
                new HandedOver(receipt(b, 120, at), receipt(b, 800, at)),
                new HandedOver(receipt("KJ-FROM-ELSEWHERE", 800, at)));

        // In one transaction of the test's, so that a batch that failed and went one by one would fail the test.
        Map<String, Long> sent = StatementCounters.of(tx, () -> handOver(batch));
        handOver(batch);

        // SELECTs: the orders by their order numbers and by the list number the 816 names (2), the two declarations
        // and their lines locked (2), their kept receipts (1), each release's quota (2); INSERTs: the five receipts
        // (one statement), the bill, the receipt set aside, three events; one UPDATE per declaration, not per receipt.
        assertEquals(Map.of("Com_delete", 0L, "Com_insert", 6L, "Com_select", 7L, "Com_update", 2L), sent);

        batch.forEach(d -> assertEquals(List.of(), d.failures(), d.receipts().toString()));
        assertEquals(List.of("CEB622 120", "CEB816 1", "CEB622 800"), kept(a));
        assertEquals(List.of("CEB622 120", "CEB622 800"), kept(b));
        assertEquals("RELEASED", declarations.status(a).orElseThrow().status());
        assertEquals(invtA, declarations.status(a).orElseThrow().invtNo());
        assertEquals("RELEASED", declarations.status(b).orElseThrow().status());
        Eventually.within(Duration.ofSeconds(10), "events delivered",
                () -> RecordedEvents.of(GoodsReleased.class, b).size() == 1
                        && RecordedEvents.of(TaxBillIssued.class, a).size() == 1);
        assertEquals(1, RecordedEvents.of(GoodsReleased.class, a).size(), "released once");
        assertEquals(1, RecordedEvents.of(TaxBillIssued.class, a).size(), "the bill issued once");
        assertEquals(2, tx.executeRead(s -> records.setAside()).stream()
                .filter(r -> r.identifiers().contains("KJ-FROM-ELSEWHERE")).count(), "set aside, each time it came");
    }

    @Test
    void aBatchOfTwentyOrdersReceiptsSendsItsStatementsPerBatchNotPerReceipt() {
        List<String> orders = IntStream.range(0, 20).mapToObj(i -> declared()).toList();
        Instant at = Instant.now();
        List<HandedOver> batch = new ArrayList<>();
        orders.forEach(o -> batch.add(new HandedOver(receipt(o, 120, at))));
        Map<String, Long> sent = StatementCounters.of(tx, () -> handOver(batch));
        // The orders found by their numbers (1), their declarations and lines locked (2), the receipts kept for them
        // read (1); the twenty receipts kept (one statement) and each declaration written back once (20). Applied one
        // by one, that was five statements a receipt: 100 in all.
        assertEquals(Map.of("Com_delete", 0L, "Com_insert", 1L, "Com_select", 4L, "Com_update", 20L), sent);
        orders.forEach(o -> assertEquals(List.of("CEB622 120"), kept(o)));
        assertTrue(orders.stream().allMatch(o -> listNumber(o).equals(declarations.status(o).orElseThrow().invtNo())),
                "every list numbered");
    }

    void handOver(List<HandedOver> batch) {
        processing.processTogether(List.<SingleWindow.Delivered>copyOf(batch));
    }

    String declared() {
        String no = "KJ-RB-" + System.currentTimeMillis() % 100000000 + "-" + SEQ.incrementAndGet();
        declarations.declare(SampleOrders.directMail(no));
        return no;
    }

    static String listNumber(String orderNo) {
        return "2900" + orderNo;
    }

    static Receipt receipt(String orderNo, int status, Instant at) {
        return new Receipt(MessageType.CEB622, orderNo, status, "test", at, listNumber(orderNo), null);
    }

    List<String> kept(String orderNo) {
        return declarations.receipts(orderNo).stream().map(r -> r.messageType() + " " + r.status()).toList();
    }
}
