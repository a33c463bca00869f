package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.DeclarationParked;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.RequestRefused;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.ConcurrentOrderChange;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.Orders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A direct-mail order's trip after payment, driven by events: logistics is asked for shipments, its waybill makes
 * purchase declare to the real customs module (sandbox single window), customs' release and the carriers' scans
 * move the order to delivered. A customs rejection cancels, refunds and gives the quota back.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderJourneyTest implements WithTestDatabase {

    private static final String ID = "440524188001010014";

    @Inject
    Checkout checkout;

    @Inject
    ConsumerOrders orders;

    @Inject
    Declarations declarations;

    @Inject
    Quotas quotas;

    @Inject
    io.kuajing.customs.CustomsSandbox sandbox;

    @Inject
    Outbox outbox;

    @Inject
    io.kuajing.purchase.OrderDesk desk;
    @Inject
    io.kuajing.purchase.SalesReports reports;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    Orders stored;

    @Inject
    MovableClock clock;

    /** The quota year of an order placed now (the clock may have been moved on by a return-window test). */
    private int thisYear() {
        return io.kuajing.kernel.ChinaTime.today(clock).getYear();
    }

    private OrderView paidDirectMailOrder(String key) {
        return paidDirectMailOrder(key, ID);
    }

    private OrderView paidDirectMailOrder(String key, String idNumber) {
        OrderView order = checkout.checkout(new CheckoutCommand("consumer-trip", key,
                List.of(new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL")),
                new CheckoutCommand.BuyerDetails("李四", idNumber, "13912345678"),
                new CheckoutCommand.ConsigneeDetails("李四", "13912345678", "440305", "广东省深圳市南山区科技园路1号")))
                .orders().get(0);
        return orders.pay("consumer-trip", order.orderNo(), new ConsumerOrders.PayerDetails("李四", idNumber));
    }

    private String status(String orderNo) {
        return orders.ownedBy("consumer-trip", orderNo).orElseThrow().status();
    }

    private void publish(DomainEvent event) {
        tx.executeWrite(status -> {
            outbox.publish(event);
            return null;
        });
    }

    @Test
    void anUpdateOverAnOrderChangedSinceItWasReadIsRefusedAndTheFirstChangeKept() {
        OrderView paid = paidDirectMailOrder("stale-copy", "11010519491231002X");
        OrderNumber number = new OrderNumber(paid.orderNo());
        Order first = tx.executeRead(status -> stored.byNumber(number).orElseThrow());
        Order stale = tx.executeRead(status -> stored.byNumber(number).orElseThrow());
        Instant at = clock.instant();
        first.noteFromCustoms(new CustomsNote(
                CustomsNote.Kind.CANCELLATION_ASKED, "first", "第一",
                CustomsNote.NextStep.CONTACT, at));
        tx.executeWrite(status -> {
            stored.update(first);
            return null;
        });
        stale.noteFromCustoms(new CustomsNote(
                CustomsNote.Kind.RETURN_REFUSED, "stale", "过时",
                CustomsNote.NextStep.REFUND, at));
        assertThrows(ConcurrentOrderChange.class, () -> tx.executeWrite(status -> {
            stored.update(stale);
            return null;
        }));
        Order now = tx.executeRead(status -> stored.byNumber(number).orElseThrow());
        assertEquals("first", now.customsNote().reason());
        assertEquals("PAID", now.status().name());
    }

    @Test
    void aPaidDirectMailOrderIsShippedDeclaredReleasedAndDelivered() {
        String orderNo = paidDirectMailOrder("trip-1").orderNo();

        Eventually.within(Duration.ofSeconds(10), "logistics asked for the shipment",
                () -> RecordingShipments.ASKED.stream().anyMatch(s -> s.orderId().equals(orderNo)));
        ShipmentOrder asked = RecordingShipments.ASKED.stream().filter(s -> s.orderId().equals(orderNo)).findFirst().orElseThrow();
        assertEquals("US-NJ-01", asked.warehouseId());
        assertEquals(ID, asked.consignee().idNumber(), "CBEC clearance needs the consignee's ID on the waybill");
        assertEquals(1200, asked.items().get(0).unitWeightGrams());
        assertEquals("US", asked.items().get(0).originCountry());

        publish(new WaybillAssigned(orderNo, "shp-1", 1, "aerolink", "78412345675", "9610", true, "3120980042",
                "AeroLink International Logistics", new BigDecimal("20.00"), "CNY", new BigDecimal("1.200"), 1, "精华液"));
        Eventually.within(Duration.ofSeconds(15), "customs released the goods", () -> "RELEASED".equals(status(orderNo)));
        assertTrue(List.of("RELEASED", "CLEARED").contains(declarations.status(orderNo).orElseThrow().status()),
                "the sandbox clears a step after it releases");
        assertTrue(RecordingShipments.RELEASED.contains(orderNo), "logistics told: the parcel may leave the port");

        publish(new ShipmentDispatched(orderNo, "shp-2", "fengchi-express", "FC1234567890", Instant.now()));
        Eventually.within(Duration.ofSeconds(10), "shipped", () -> "SHIPPED".equals(status(orderNo)));
        publish(new ShipmentDelivered(orderNo, "shp-2", "fengchi-express", "FC1234567890", Instant.now()));
        Eventually.within(Duration.ofSeconds(10), "delivered", () -> "DELIVERED".equals(status(orderNo)));
        assertEquals("FC1234567890", orders.ownedBy("consumer-trip", orderNo).orElseThrow().waybillNumber());
    }

    /** A direct-mail order taken through release and delivery by the events logistics would publish. */
    private String deliveredDirectMailOrder(String key, String waybillNumber) {
        String orderNo = paidDirectMailOrder(key, "11010519491231002X").orderNo();
        publish(new WaybillAssigned(orderNo, "shp-" + key, 1, "aerolink", waybillNumber, "9610", true, "3120980042",
                "AeroLink International Logistics", new BigDecimal("20.00"), "CNY", new BigDecimal("1.200"), 1, "精华液"));
        Eventually.within(Duration.ofSeconds(15), "released", () -> "RELEASED".equals(status(orderNo)));
        publish(new ShipmentDelivered(orderNo, "shp-lm-" + key, "fengchi-express", "FC" + waybillNumber, Instant.now()));
        Eventually.within(Duration.ofSeconds(10), "delivered", () -> "DELIVERED".equals(status(orderNo)));
        return orderNo;
    }

    @Test
    void aDeliveredOrderReturnedThroughCustomsIsRefunded() {
        String orderNo = deliveredDirectMailOrder("trip-3", "78412345686");

        assertEquals("DELIVERED", orders.requestReturn("consumer-trip", orderNo, "wrong size").status(),
                "customs decides; the order waits for its answer");
        Eventually.within(Duration.ofSeconds(15), "returned and refunded", () -> "REFUNDED".equals(status(orderNo)));
    }

    @Test
    void aReturnIsTakenOnTheThirtiethDayAfterReleaseAndRefusedOnTheThirtyFirst() {
        String onTheLastDay = deliveredDirectMailOrder("trip-6", "78412345690");
        String tooLate = deliveredDirectMailOrder("trip-7", "78412345701");

        clock.advance(Duration.ofDays(30));
        orders.requestReturn("consumer-trip", onTheLastDay, "arrived damaged");
        Eventually.within(Duration.ofSeconds(15), "returned on the 30th day", () -> "REFUNDED".equals(status(onTheLastDay)));

        clock.advance(Duration.ofDays(1));
        BigDecimal used = quotas.status(ChineseIdNumber.of("11010519491231002X"), thisYear()).used().amount();
        io.kuajing.kernel.RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.kuajing.kernel.RuleViolation.class, () -> orders.requestReturn("consumer-trip", tooLate, "changed my mind"));
        assertEquals("return-request-window", refused.rule());
        assertEquals("requestedOn", refused.field());
        assertEquals("DELIVERED", status(tooLate), "a refused return changes nothing");
        assertTrue(List.of("RELEASED", "CLEARED").contains(declarations.status(tooLate).orElseThrow().status()),
                "customs was not asked to take it back");
        assertEquals(0, used.compareTo(quotas.status(ChineseIdNumber.of("11010519491231002X"), thisYear()).used().amount()),
                "the late return gives no allowance back");
    }

    @Test
    void salesReportCountsEachPaidOrderInItsMonthAndMode() {
        java.time.YearMonth thisMonth = java.time.YearMonth.now(clock.withZone(io.kuajing.kernel.ChinaTime.ZONE));
        io.kuajing.purchase.SalesReports.MonthlySales before = directMailThisMonth(thisMonth);
        OrderView first = paidDirectMailOrder("report-1");
        OrderView second = paidDirectMailOrder("report-2");
        io.kuajing.purchase.SalesReports.MonthlySales after = directMailThisMonth(thisMonth);
        assertEquals(before.orders() + 2, after.orders());
        assertEquals(0, before.sales().amount().add(new BigDecimal(first.total().amount()))
                .add(new BigDecimal(second.total().amount())).compareTo(after.sales().amount()),
                before.sales() + " + " + first.total() + " + " + second.total() + " vs " + after.sales());
        assertEquals("months", assertThrows(io.kuajing.kernel.RuleViolation.class,
                () -> reports.monthlySales(37)).field());
    }

    private io.kuajing.purchase.SalesReports.MonthlySales directMailThisMonth(java.time.YearMonth month) {
        return reports.monthlySales(1).stream().filter(r -> r.month().equals(month) && r.mode().equals("DIRECT_MAIL"))
                .findFirst().orElse(new io.kuajing.purchase.SalesReports.MonthlySales(month, "DIRECT_MAIL", 0,
                        io.kuajing.kernel.Money.cny("0.00"), io.kuajing.kernel.Money.cny("0.00"), null));
    }

    @Test
    void theOrderDeskReadsEachPageFromTheDatabaseOneAfterTheOther() {
        // Placed and not paid: they stay PLACED while the test reads (the unpaid sweep runs only when a test calls it).
        for (String key : List.of("desk-1", "desk-2", "desk-3")) {
            checkout.checkout(new CheckoutCommand("consumer-trip", key,
                    List.of(new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL")),
                    new CheckoutCommand.BuyerDetails("李四", ID, "13912345678"),
                    new CheckoutCommand.ConsigneeDetails("李四", "13912345678", "440305", "广东省深圳市南山区科技园路1号")));
        }
        List<String> all = desk.withStatus("PLACED", 0, 500).stream().map(OrderView::orderNo).toList();
        assertTrue(all.size() >= 3, all.toString());
        // Page after page of one order each gives the whole listing back, in order, none twice, none missing: the
        // offset reaches the database (before, pages were cut out of the first 500 rows read, and ended there).
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size(); offset++) {
            paged.addAll(desk.withStatus("PLACED", offset, 1).stream().map(OrderView::orderNo).toList());
        }
        assertEquals(all, paged);
        assertTrue(desk.withStatus("PLACED", all.size(), 1).isEmpty(), "past the end: an empty page");
    }

    @Test
    void operatorsSeePaidOrdersThatGotNoFurtherAsStuck() {
        String orderNo = paidDirectMailOrder("trip-5").orderNo();
        var stuck = desk.stuck(Duration.ZERO, 0, 500);
        assertTrue(stuck.stream().anyMatch(o -> o.orderNo().equals(orderNo)),
                orderNo + " " + status(orderNo) + " in " + stuck.stream().map(o -> o.orderNo() + ":" + o.status()).toList());
        assertTrue(desk.stuck(Duration.ofHours(48), 0, 500).stream().noneMatch(o -> o.orderNo().equals(orderNo)),
                "placed a moment ago: not stuck for two days");
        OrderView looked = desk.order(orderNo).orElseThrow();
        assertEquals(status(orderNo), looked.status());
        assertTrue(looked.trip() != null, "an operator looking into one order sees its trip");
        assertTrue(desk.order("KJ-NO-SUCH-ORDER").isEmpty());
    }

    @Test
    void anOrderNotYetDeliveredCannotBeReturned() {
        String orderNo = paidDirectMailOrder("trip-4").orderNo();
        io.kuajing.kernel.RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.kuajing.kernel.RuleViolation.class, () -> orders.requestReturn("consumer-trip", orderNo, "changed my mind"));
        assertEquals("returnable", refused.rule());
    }

    @Test
    void aCustomsRejectionCancelsRefundsAndGivesTheQuotaBack() {
        BigDecimal before = quotas.status(ChineseIdNumber.of(ID), thisYear()).used().amount();
        String orderNo = paidDirectMailOrder("trip-2").orderNo();
        assertTrue(quotas.status(ChineseIdNumber.of(ID), thisYear()).used().amount().compareTo(before) > 0);

        publish(new DeclarationRejected(orderNo, "CEB311", 100, "订购人身份信息校验不通过", Instant.now()));

        Eventually.within(Duration.ofSeconds(10), "cancelled and refunded", () -> "REFUNDED".equals(status(orderNo)));
        assertTrue(orders.ownedBy("consumer-trip", orderNo).orElseThrow().cancellationReason().contains("订购人身份"));
        assertEquals(0, quotas.status(ChineseIdNumber.of(ID), thisYear()).used().amount().compareTo(before), "quota given back");
        assertTrue(RecordingShipments.CANCELLED.contains(orderNo), "logistics told to stop what has not left");
        OrderView.Customs customs = orders.ownedBy("consumer-trip", orderNo).orElseThrow().customs();
        assertEquals("ORDER_REFUSED", customs.kind());
        assertEquals("REFUND", customs.nextStep());
        assertTrue(customs.message().contains("退回"), customs.message());
        assertTrue(customs.reason().contains("订购人身份信息校验不通过"), customs.reason());
    }

    @Test
    void aReturnCustomsRefusesLeavesTheGoodsWithTheConsumerAndSaysWhyToThemAndToOperators() {
        String orderNo = deliveredDirectMailOrder("trip-8", "78412345712");
        sandbox.refuseNextFollowUp(orderNo, "退货商品已拆封，不予退货");

        orders.requestReturn("consumer-trip", orderNo, "changed my mind");

        Eventually.within(Duration.ofSeconds(15), "the refusal reached the order", () -> "RETURN_REFUSED".equals(status(orderNo)));
        OrderView seen = orders.ownedBy("consumer-trip", orderNo).orElseThrow();
        assertEquals("RETURN_REFUSED", seen.customs().kind());
        assertEquals("CONTACT", seen.customs().nextStep());
        assertTrue(seen.customs().message().contains("联系客服"), seen.customs().message());
        assertTrue(seen.customs().reason().contains("CEB626") && seen.customs().reason().contains("退货商品已拆封"),
                seen.customs().reason());
        assertTrue(desk.refusedByCustoms(Duration.ofDays(7), 0, 500).stream().anyMatch(o -> o.orderNo().equals(orderNo)
                && "RETURN_REFUSED".equals(o.customs().kind())), "operators see it among the refusals of the week");
        assertEquals("RETURN_REFUSED", status(orderNo), "nothing was refunded");
    }

    @Test
    void aDeclarationKeptBackUnsentCancelsAndRefundsTheOrderAndSaysWhy() {
        String orderNo = paidDirectMailOrder("trip-9").orderNo();
        // What customs' schema gate publishes when a message does not conform (Declaring parks it, sends nothing).
        publish(new DeclarationParked(orderNo, "CEB621", "CEB311 does not conform to customs' schema: buyerName", Instant.now()));

        Eventually.within(Duration.ofSeconds(10), "cancelled and refunded", () -> "REFUNDED".equals(status(orderNo)));
        OrderView.Customs customs = orders.ownedBy("consumer-trip", orderNo).orElseThrow().customs();
        assertEquals("PARKED", customs.kind());
        assertEquals("REFUND", customs.nextStep());
        assertTrue(customs.reason().contains("buyerName"), customs.reason());
    }

    @Test
    void aDeclaredOrderTheConsumerCancelsIsCancelledByCustomsWhichGivesTheQuotaBackOnce() {
        String id = "110105194912310046";
        BigDecimal before = null;
        // The consumer's request must meet the list numbered by customs and not yet released (the sandbox releases
        // two of its steps after numbering): on a loaded machine the release can come first, then a new order tries.
        String orderNo = null;
        for (int attempt = 1; orderNo == null; attempt++) {
            before = quotas.status(ChineseIdNumber.of(id), thisYear()).used().amount();
            String candidate = paidDirectMailOrder("trip-cancel-" + attempt, id).orderNo();
            publish(new WaybillAssigned(candidate, "shp-c" + attempt, 1, "aerolink", "7841234580" + attempt, "9610", true,
                    "3120980042", "AeroLink International Logistics", new BigDecimal("20.00"), "CNY",
                    new BigDecimal("1.200"), 1, "精华液"));
            Eventually.within(Duration.ofSeconds(15), "declared and numbered by customs", () -> !"PAID".equals(status(candidate))
                    && declarations.status(candidate).map(d -> d.invtNo() != null).orElse(false));
            try {
                OrderView asked = orders.cancel("consumer-trip", candidate, "买错了");
                assertEquals("DECLARED", asked.status(), "customs decides; the order waits for its answer");
                assertEquals("CANCELLATION_ASKED", asked.customs().kind());
                orderNo = candidate;
            } catch (io.kuajing.kernel.RuleViolation released) {
                assertEquals("cancellable", released.rule(), released.getMessage());
                assertTrue(attempt < 3, "customs released every order before its cancellation");
            }
        }
        String cancelled = orderNo;
        Eventually.within(Duration.ofSeconds(15), "customs cancelled the list, the order is refunded",
                () -> "REFUNDED".equals(status(cancelled)));
        OrderView seen = orders.ownedBy("consumer-trip", cancelled).orElseThrow();
        assertEquals("CANCELLATION_APPROVED", seen.customs().kind());
        assertEquals("买错了", seen.cancellationReason());
        assertEquals("CANCELLED", declarations.status(cancelled).orElseThrow().status());
        assertTrue(RecordingShipments.CANCELLED.contains(cancelled), "logistics told to stop what has not left");
        // The cancelled order's allowance came back exactly once (customs gave it back; purchase did not too).
        BigDecimal used = quotas.status(ChineseIdNumber.of(id), thisYear()).used().amount();
        assertEquals(0, before.compareTo(used), used + " used after the cancellation, " + before + " before the order");
    }

    @Test
    void aRefusedCancellationLetsTheGoodsGoOnAndTellsTheConsumerTheyMayReturnThem() {
        String orderNo = paidDirectMailOrder("trip-10").orderNo();
        publish(new RequestRefused(orderNo, RequestRefused.Request.CANCEL, "CEB624", 100, "CEB624 100: 清单已放行", Instant.now()));

        Eventually.within(Duration.ofSeconds(10), "the refusal reached the order",
                () -> orders.ownedBy("consumer-trip", orderNo).orElseThrow().customs() != null);
        OrderView seen = orders.ownedBy("consumer-trip", orderNo).orElseThrow();
        assertEquals("CANCELLATION_REFUSED", seen.customs().kind());
        assertEquals("RETRY", seen.customs().nextStep());
        assertTrue(List.of("PAID", "DECLARED", "RELEASED").contains(seen.status()), "the order goes on: " + seen.status());
        assertTrue(desk.refusedByCustoms(Duration.ofDays(7), 0, 500).stream().anyMatch(o -> o.orderNo().equals(orderNo)));
    }
}
