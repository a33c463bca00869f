package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.CancelRequest;
import io.kuajing.customs.CustomsSandbox;
import io.kuajing.customs.DeclarationCancelled;
import io.kuajing.customs.DeclarationCleared;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclarationSubmitted;
import io.kuajing.customs.DeclarationView;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.ReceiptView;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.customs.TaxBillIssued;
import io.kuajing.customs.adapter.singlewindow.SandboxClock;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Orders declared end to end against the sandbox single window, on MySQL, events through the outbox. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationFlowTest implements WithTestDatabase {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String EMS = "T2900W000001";
    static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Declarations declarations;
    @Inject
    Quotas quotas;
    @Inject
    BondedBook book;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    SandboxClock sandboxClock;
    @Inject
    CustomsSandbox sandbox;

    /** The sandbox's step between answers (application-test.yml, single-window.sandbox-delay). */
    static final Duration SANDBOX_STEP = Duration.ofMillis(100);

    static String orderNo() {
        // Fixed widths: "KJ" + 1234567 + 12 and "KJ" + 12345671 + 2 must not name the same order.
        return String.format("KJ%08d%04d", System.currentTimeMillis() % 100000000, SEQ.incrementAndGet() % 10000);
    }

    void stock(String entryNo, int creams, int lipsticks) {
        DeclarationRequest sample = SampleOrders.bonded("X", EMS, SampleOrders.BUYER);
        book.recordEntry(new BondedEntry(EMS, entryNo, List.of(
                new BondedEntry.Item("SKU-CREAM-50", sample.lines().get(0).hsCode(), "面霜", BigDecimal.valueOf(creams)),
                new BondedEntry.Item("SKU-LIP-01", sample.lines().get(1).hsCode(), "唇膏", BigDecimal.valueOf(lipsticks)))));
    }

    /**
     * Every message these flows sent the single window — declarations of both modes, cancellations and returns —
     * validates against customs' own schema (where this machine has the official specification).
     */
    @AfterAll
    void everyMessageSentValidatesAgainstCustomsSchema() {
        if (!io.kuajing.customs.conformance.OfficialSpec.present()) {
            return;
        }
        var schema = io.kuajing.customs.adapter.ceb.XsdMessageSchema.compile(
                io.kuajing.customs.conformance.OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
        List<String> types = new java.util.ArrayList<>();
        List<String> invalid = new java.util.ArrayList<>();
        tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "SELECT message_type, order_no, xml, guid, sender FROM customs_message WHERE delivered_at IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                    String where = rs.getString(1) + " " + rs.getString(2) + ": ";
                    // An order's document that went in an envelope is kept unsigned; the envelope was checked signed.
                    (rs.getString(5) == null ? schema.violation(rs.getBytes(3)) : schema.violationOnceSigned(
                            new io.kuajing.customs.domain.declaration.QueuedMessage(io.kuajing.customs.domain.declaration
                                    .MessageType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(4),
                                    rs.getString(5), rs.getBytes(3)))).ifPresent(v -> invalid.add(where + v));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertEquals(List.of(), invalid);
        assertTrue(types.containsAll(List.of("CEB311", "CEB411", "CEB511", "CEB621", "CEB623", "CEB625")),
                "every message type was sent and checked: " + new java.util.TreeSet<>(types));
    }

    String status(String orderNo) {
        return declarations.status(orderNo).map(DeclarationView::status).orElse("MISSING");
    }

    @Test
    void aBondedOrderIsDeclaredReleasedTaxedAndClearedWithItsEventsQuotaAndStock() {
        String order = orderNo();
        stock("ENTRY-" + order, 5, 5);
        BigDecimal creams = book.stock(EMS, "SKU-CREAM-50");
        quotas.reserve(new QuotaReservation(order, SampleOrders.BUYER_ID, Money.cny("210.00"), false));

        DeclarationView declared = declarations.declare(SampleOrders.bonded(order, EMS, SampleOrders.BUYER));
        assertEquals("DECLARED", declared.status());
        assertEquals("110*************2X", declared.maskedBuyerId());

        Eventually.within(WAIT, "cleared", () -> status(order).equals("CLEARED"));
        Eventually.within(WAIT, "events delivered", () -> RecordedEvents.of(DeclarationCleared.class, order).size() == 1);
        assertEquals(1, RecordedEvents.of(DeclarationSubmitted.class, order).size());
        assertEquals(1, RecordedEvents.of(GoodsReleased.class, order).size());
        TaxBillIssued bill = RecordedEvents.of(TaxBillIssued.class, order).get(0);
        assertTrue(bill.total().isPositive(), bill.toString());

        DeclarationView cleared = declarations.status(order).orElseThrow();
        assertEquals(LocalDate.now(ChinaTime.ZONE), cleared.releasedOn());
        assertTrue(cleared.invtNo().startsWith("2900"), cleared.invtNo());
        assertEquals(creams.subtract(BigDecimal.ONE), book.stock(EMS, "SKU-CREAM-50"));
        List<String> receipts = declarations.receipts(order).stream().map(r -> r.messageType() + " " + r.status()).toList();
        assertTrue(receipts.containsAll(List.of("CEB312 120", "CEB412 120", "CEB512 120", "CEB622 120", "CEB622 800",
                "CEB816 1", "CEB622 899")), receipts.toString());
        // The release confirmed the reservation: cancelling it now is refused, a return is the way back.
        assertEquals("not-released-by-customs", assertThrows(RuleViolation.class, () -> quotas.release(order)).rule());
    }

    @Test
    void declaringTheSameOrderTwiceSendsItOnce() {
        String order = orderNo();
        DeclarationView first = declarations.declare(SampleOrders.directMail(order));
        DeclarationView second = declarations.declare(SampleOrders.directMail(order));
        assertEquals(first.orderNo(), second.orderNo());
        assertEquals(4, count("SELECT COUNT(*) FROM customs_message WHERE order_no = ?", order));
        Eventually.within(WAIT, "submitted event", () -> RecordedEvents.of(DeclarationSubmitted.class, order).size() == 1);
    }

    @Test
    void anOrderBreakingAMatchingRuleIsRefusedAndNothingIsSent() {
        String order = orderNo();
        DeclarationRequest ok = SampleOrders.directMail(order);
        OrderDocument o = ok.order();
        DeclarationRequest bad = new DeclarationRequest(order, ok.regime(), ok.portCode(), null, "5", ok.broker(),
                new OrderDocument(o.platform(), o.seller(), o.goodsValue(), o.freight(), o.discount(), o.taxTotal(),
                        Money.cny("230.03"), o.buyerRegNo(), o.buyer(), o.consignee()), ok.payment(), ok.waybill(), ok.lines());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> declarations.declare(bad));
        assertEquals("order.acturalPaid", refused.field());
        assertEquals(0, count("SELECT COUNT(*) FROM customs_message WHERE order_no = ?", order));
        assertTrue(declarations.status(order).isEmpty());
    }

    @Test
    void aBondedOrderAtANonPilotPortMustBe1239AndAnUnlistedProductIsRefused() {
        DeclarationRequest r = SampleOrders.bonded(orderNo(), EMS, SampleOrders.BUYER);
        DeclarationRequest lhasa = new DeclarationRequest(r.orderNo(), r.regime(), "8800", EMS, "5", r.broker(),
                r.order(), r.payment(), r.waybill(), r.lines(), r.areaOperator());
        assertEquals("bonded-regime-of-port", assertThrows(RuleViolation.class, () -> declarations.declare(lhasa)).rule());
    }

    @Test
    void customsRejectsAnOrderBeyondTheBuyersAnnualLimitAndTheRejectionIsPublishedWithItsReason() {
        Person buyer = new Person("王五", QuotaLedgerTest.newBuyer(), "13700000000");
        String big = orderNo();
        String tooMuch = orderNo();
        declarations.declare(SampleOrders.singleItem(big, buyer, "20000.00"));
        Eventually.within(WAIT, "first accepted", () -> !status(big).equals("DECLARED"));
        declarations.declare(SampleOrders.singleItem(tooMuch, buyer, "6500.00"));
        Eventually.within(WAIT, "second rejected", () -> status(tooMuch).equals("REJECTED"));
        DeclarationView rejected = declarations.status(tooMuch).orElseThrow();
        assertTrue(rejected.reason().startsWith("CEB622 100"), rejected.reason());
        assertTrue(rejected.reason().contains("6000.00"), "names the remaining allowance: " + rejected.reason());
        Eventually.within(WAIT, "rejection event", () -> RecordedEvents.of(DeclarationRejected.class, tooMuch).size() == 1);
        assertEquals(rejected.reason(), RecordedEvents.of(DeclarationRejected.class, tooMuch).get(0).reason());
    }

    @Test
    void aRejectedDeclarationGivesItsQuotaBackOnceInTheTransactionThatRecordsTheRejection() {
        Person buyer = new Person("周八", QuotaLedgerTest.newBuyer(), "13400000000");
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        String order = orderNo();
        quotas.reserve(new QuotaReservation(order, buyer.idNumber(), Money.cny("4000.00"), false));
        sandbox.buyerSpentElsewhere(buyer.idNumber(), Money.cny("25000.00"));
        declarations.declare(SampleOrders.singleItem(order, buyer, "4000.00"));
        Eventually.within(WAIT, "rejected", () -> status(order).equals("REJECTED"));
        assertEquals(Money.cny("0.00"), quotas.status(buyer.idNumber(), year).used(),
                "customs gave the reservation back when it recorded the rejection, before anyone heard of it");
        quotas.release(order);
        assertEquals(Money.cny("0.00"), quotas.status(buyer.idNumber(), year).used(),
                "the seller giving it back as well changes nothing: once per order");
    }

    @Test
    void aCancelledDeclarationGivesItsQuotaBack() {
        String order = orderNo();
        quotas.reserve(new QuotaReservation(order, SampleOrders.BUYER_ID, Money.cny("210.00"), false));
        Money usedBefore = quotas.status(SampleOrders.BUYER_ID, LocalDate.now(ChinaTime.ZONE).getYear()).used();
        sandboxClock.stop(); // customs answers when the test says (see aCancelledDeclarationGivesItsCappedQuantityBack)
        try {
            declarations.declare(SampleOrders.directMail(order));
            assertEquals("list-numbered", assertThrows(RuleViolation.class,
                    () -> declarations.cancel(new CancelRequest(order, SampleOrders.BUYER, "买家取消订单"))).rule(),
                    "CEB623 names the list by customs' number: none before customs filed it");
            awaitDelivered(order, "CEB621");
            sandboxClock.advance(SANDBOX_STEP);
            Eventually.within(WAIT, "filed", () -> declarations.status(order).orElseThrow().invtNo() != null);
            declarations.cancel(new CancelRequest(order, SampleOrders.BUYER, "买家取消订单"));
            assertEquals("CANCEL", declarations.status(order).orElseThrow().pendingRequest());
            awaitDelivered(order, "CEB623");
            sandboxClock.advance(SANDBOX_STEP.multipliedBy(10));
            Eventually.within(WAIT, "cancelled", () -> status(order).equals("CANCELLED"));
        } finally {
            sandboxClock.run();
        }
        Eventually.within(WAIT, "cancel event", () -> RecordedEvents.of(DeclarationCancelled.class, order).size() == 1);
        assertEquals(usedBefore.minus(Money.cny("210.00")),
                quotas.status(SampleOrders.BUYER_ID, LocalDate.now(ChinaTime.ZONE).getYear()).used());
    }

    @Test
    void onlyTheDeclaredBuyerMayCancel() {
        String order = orderNo();
        declarations.declare(SampleOrders.directMail(order));
        Person stranger = new Person("李四", QuotaLedgerTest.newBuyer(), "13900000000");
        assertEquals("declared-buyer", assertThrows(RuleViolation.class,
                () -> declarations.cancel(new CancelRequest(order, stranger, "x"))).rule());
    }

    @Test
    void aPartialReturnOfReleasedBondedGoodsPutsStockAndQuotaBack() {
        String order = orderNo();
        stock("ENTRY-" + order, 3, 3);
        quotas.reserve(new QuotaReservation(order, SampleOrders.BUYER_ID, Money.cny("210.00"), false));
        declarations.declare(SampleOrders.bonded(order, EMS, SampleOrders.BUYER));
        Eventually.within(WAIT, "cleared", () -> status(order).equals("CLEARED"));
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        Money used = quotas.status(SampleOrders.BUYER_ID, year).used();
        BigDecimal lipsticks = book.stock(EMS, "SKU-LIP-01");
        LocalDate today = LocalDate.now(ChinaTime.ZONE);

        declarations.requestReturn(new ReturnRequest(order, SampleOrders.BUYER, "质量问题",
                List.of(new ReturnRequest.Line(2, BigDecimal.ONE)), today, today));
        Eventually.within(WAIT, "returned", () -> status(order).equals("RETURNED"));
        Eventually.within(WAIT, "return event", () -> RecordedEvents.of(GoodsReturned.class, order).size() == 1);
        assertEquals(lipsticks.add(BigDecimal.ONE), book.stock(EMS, "SKU-LIP-01"));
        assertEquals(used.minus(Money.cny("25.00")), quotas.status(SampleOrders.BUYER_ID, year).used());
        List<ReceiptView> receipts = declarations.receipts(order);
        assertTrue(receipts.stream().anyMatch(r -> r.messageType().equals("CEB626") && r.status() == 399));
    }

    @Test
    void aReturnOfMoreThanWasDeclaredIsRefused() {
        String order = orderNo();
        declarations.declare(SampleOrders.directMail(order));
        Eventually.within(WAIT, "cleared", () -> status(order).equals("CLEARED"));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> declarations.requestReturn(new ReturnRequest(order,
                SampleOrders.BUYER, "x", List.of(new ReturnRequest.Line(2, new BigDecimal("3"))), today, today)));
        assertEquals("returnable-quantity", refused.rule());
    }

    @Test
    void aYearlyQuantityCapOfThePositiveListIsCountedPerBuyer() {
        Person buyer = new Person("赵六", QuotaLedgerTest.newBuyer(), "13600000000");
        declarations.declare(SampleOrders.sugar(orderNo(), buyer, "1.5", "035"));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> declarations.declare(SampleOrders.sugar(orderNo(), buyer, "1", "035")));
        assertEquals("yearly-quantity-cap", refused.rule());
        assertEquals("lines[0].qty", refused.field());
        assertTrue(refused.getMessage().contains("0.5 kg left"), refused.getMessage());
        assertEquals("cap-unit", assertThrows(RuleViolation.class,
                () -> declarations.declare(SampleOrders.sugar(orderNo(), buyer, "0.5", "011"))).rule());
        assertEquals("DECLARED", declarations.declare(SampleOrders.sugar(orderNo(), buyer, "0.5", "035")).status());
    }

    @Test
    void aCancelledDeclarationGivesItsCappedQuantityBack() {
        // Customs' answers follow the sandbox's clock, stopped here: the list is filed, then cancelled before customs
        // may release it (a released list that cleared is no longer cancellable) — in this order, whatever the load.
        Person buyer = new Person("孙七", QuotaLedgerTest.newBuyer(), "13500000000");
        String first = orderNo();
        sandboxClock.stop();
        try {
            declarations.declare(SampleOrders.sugar(first, buyer, "2", "035"));
            awaitDelivered(first, "CEB621");
            sandboxClock.advance(SANDBOX_STEP); // the filing (120) is due; the release is two steps further
            Eventually.within(WAIT, "filed", () -> declarations.status(first).orElseThrow().invtNo() != null);
            declarations.cancel(new CancelRequest(first, buyer, "买家取消订单"));
            awaitDelivered(first, "CEB623");
            sandboxClock.advance(SANDBOX_STEP.multipliedBy(10)); // the cancellation's answer, and nothing left for the list
            Eventually.within(WAIT, "cancelled", () -> status(first).equals("CANCELLED"));
        } finally {
            sandboxClock.run();
        }
        assertEquals("DECLARED", declarations.declare(SampleOrders.sugar(orderNo(), buyer, "2", "035")).status(),
                "the cancelled declaration's 2 kg went back to the buyer's yearly cap");
    }

    /** Customs (the sandbox) received the order's message of this type: it answers from its clock's time then. */
    private void awaitDelivered(String orderNo, String type) {
        Eventually.within(WAIT, type + " of " + orderNo + " reached customs", () -> count(
                "SELECT COUNT(*) FROM customs_message WHERE order_no = ? AND message_type = '" + type
                        + "' AND delivered_at IS NOT NULL", orderNo) == 1);
    }

    int count(String sql, String parameter) {
        return count(tx, sql, parameter);
    }

    static int count(TransactionOperations<Connection> tx, String sql, String parameter) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                ps.setString(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
