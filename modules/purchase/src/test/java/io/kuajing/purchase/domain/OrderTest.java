package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.OrderCancelled;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderReturned;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final DeliveryWindow PROMISED =
            new DeliveryWindow(java.time.LocalDate.parse("2026-12-01"), java.time.LocalDate.parse("2026-12-03"));
    private static final Buyer BUYER = Buyer.of("张三", "11010519491231002X", "13812345678");
    private static final Consignee CONSIGNEE = Consignee.of("张三", "13812345678", "310115", "上海市浦东新区世纪大道1号");

    private static Order directMail() {
        OrderLine serum = new OrderLine(new Sku("US-SERUM-30ML"), "精华液 30ml", HsCode.of("33049900"), 2,
                Money.cny("300.00"), Money.cny("54.60"));
        return Order.place(new OrderNumber("KJ20261123ABCDEF12"), "consumer-li", FulfilmentMode.DIRECT_MAIL,
                "US-NJ-01", BUYER, CONSIGNEE, List.of(serum), Money.cny("45.00"), NOW, PROMISED);
    }

    private static Payment paymentBy(String name, String id, String amount) {
        return new Payment("PAY-1", name, ChineseIdNumber.of(id), Money.cny(amount), NOW);
    }

    @Test
    void theTotalIsGoodsPlusFreightPlusTax() {
        assertEquals(Money.cny("699.60"), directMail().total());
    }

    @Test
    void aCrossBorderOrderTravelsToDelivery() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        order.released();
        order.shipped("SF1234567890");
        order.delivered(java.time.Instant.parse("2026-11-20T06:30:00Z"));
        assertEquals(OrderStatus.DELIVERED, order.status());
        assertEquals(java.time.Instant.parse("2026-11-20T06:30:00Z"), order.deliveredAt());
        assertEquals("SF1234567890", order.waybillNumber());
    }

    @Test
    void thePayerMustBeTheBuyer() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> directMail().pay(paymentBy("李四", "440524188001010014", "699.60")));
        assertEquals("payer-is-buyer", e.rule());
    }

    @Test
    void thePaymentMustCoverTheTotalExactly() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> directMail().pay(paymentBy("张三", "11010519491231002X", "699.59")));
        assertEquals("amount", e.field());
    }

    @Test
    void crossBorderGoodsDoNotShipBeforeRelease() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        assertThrows(IllegalStateException.class, () -> order.shipped("SF1"));
    }

    @Test
    void releasedGoodsCannotBeCancelled() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        order.released();
        RuleViolation e = assertThrows(RuleViolation.class, () -> order.cancel("changed my mind"));
        assertEquals("cancellable", e.rule());
    }

    @Test
    void aDeclaredOrderWaitsForCustomsToApproveItsCancellationAskedOnce() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        order.askedCustomsToCancel("买错了", NOW);
        assertEquals(OrderStatus.DECLARED, order.status(), "customs decides");
        assertEquals(CustomsNote.Kind.CANCELLATION_ASKED, order.customsNote().kind());
        assertEquals("cancel-once", assertThrows(RuleViolation.class,
                () -> order.askedCustomsToCancel("again", NOW)).rule());

        assertEquals(new OrderCancelled(order.number().value(), "买错了", true), order.cancelledByCustoms(NOW));
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(CustomsNote.Kind.CANCELLATION_APPROVED, order.customsNote().kind());
    }

    @Test
    void customsApprovalCancelsAReleasedOrderButTheConsumerCannot() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        order.askedCustomsToCancel("买错了", NOW);
        order.released(); // customs' release crossed the request
        assertEquals("cancellable", assertThrows(RuleViolation.class, () -> order.cancel("x")).rule());
        assertEquals("cancellable", assertThrows(RuleViolation.class, () -> order.askedCustomsToCancel("x", NOW)).rule());
        order.cancelledByCustoms(NOW);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("买错了", order.cancellationReason());
    }

    @Test
    void onlyADeclaredOrReleasedOrderCanBeCancelledByCustoms() {
        Order paid = directMail();
        paid.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        assertEquals("cancellable", assertThrows(RuleViolation.class, () -> paid.askedCustomsToCancel("x", NOW)).rule());
        assertThrows(IllegalStateException.class, () -> paid.cancelledByCustoms(NOW));
    }

    @Test
    void aCustomsRejectionCancelsAndThePaymentIsRefunded() {
        Order order = directMail();
        order.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        order.declared();
        order.cancel("customs: annual limit exceeded");
        order.refunded();
        assertEquals(OrderStatus.REFUNDED, order.status());
        assertEquals("customs: annual limit exceeded", order.cancellationReason());
    }

    @Test
    void theOrderSaysWhatItsCancellationAndReturnAreAndWhetherMoneyGoesBack() {
        Order unpaid = directMail();
        assertEquals(new OrderCancelled(unpaid.number().value(), "unpaid after 30 minutes", false),
                unpaid.cancel("unpaid after 30 minutes"));
        Order paid = directMail();
        paid.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        assertEquals(new OrderCancelled(paid.number().value(), "changed my mind", true),
                paid.cancel("changed my mind"));
        Order delivered = directMail();
        delivered.pay(paymentBy("张三", "11010519491231002X", "699.60"));
        delivered.declared();
        delivered.released();
        delivered.shipped("SF1");
        delivered.delivered(java.time.Instant.parse("2026-11-20T06:30:00Z"));
        assertEquals(new OrderReturned(delivered.number().value(), true), delivered.returned());
    }

    @Test
    void aCrossBorderOrderNeedsABuyer() {
        OrderLine line = new OrderLine(new Sku("X1"), "x", HsCode.of("33049900"), 1, Money.cny("1"), Money.cny("0"));
        RuleViolation e = assertThrows(RuleViolation.class, () -> Order.place(new OrderNumber("KJ20261123ABCDEF13"),
                "consumer-li", FulfilmentMode.FLASH_PURCHASE, "CN-NB-BONDED", null, CONSIGNEE, List.of(line),
                Money.cny("0"), NOW, PROMISED));
        assertEquals("buyer", e.field());
    }

    @Test
    void thePromiseIsKeptUpToItsLastDay() {
        assertTrue(PROMISED.kept(java.time.LocalDate.parse("2026-11-28")), "early is fine");
        assertTrue(PROMISED.kept(java.time.LocalDate.parse("2026-12-03")));
        assertFalse(PROMISED.kept(java.time.LocalDate.parse("2026-12-04")));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryWindow(java.time.LocalDate.parse("2026-12-03"),
                java.time.LocalDate.parse("2026-12-01")));
    }
}
