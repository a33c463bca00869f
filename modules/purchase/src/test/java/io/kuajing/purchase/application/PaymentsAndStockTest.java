package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.Payment;
import io.kuajing.purchase.domain.PaymentGateway;
import io.kuajing.platform.testing.SqlCount;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Money taken once per order and stock held from checkout, against MySQL with the real customs module. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsAndStockTest implements WithTestDatabase {

    @Inject
    Checkout checkout;

    @Inject
    ConsumerOrders orders;

    @Inject
    PaymentGateway gateway;

    @Inject
    ShelfStock stock;

    @Inject
    UnpaidOrders unpaid;

    @Inject
    MovableClock clock;

    @Inject
    TransactionOperations<Connection> tx;

    private static final AtomicInteger BUYERS = new AtomicInteger();
    /** What the pool that holds an order's units holds in all. */
    private static final String HELD_OF_ITS_POOL = "SELECT p.held FROM purchase_stock_reservation r"
            + " JOIN purchase_stock_pool p ON p.pool = r.pool WHERE r.order_no = ?";
    private static final CheckoutCommand.ConsigneeDetails HOME =
            new CheckoutCommand.ConsigneeDetails("张三", "13812345678", "310115", "上海市浦东新区世纪大道1号");

    private static String newIdNumber() {
        return ChineseIdNumber.completing("110105" + "1985" + "0101" + String.format("%03d", BUYERS.incrementAndGet())).value();
    }

    private OrderView place(String owner, String id, String sku, int quantity) {
        return checkout.checkout(new CheckoutCommand(owner, owner + "-" + sku + "-" + quantity + "-" + BUYERS.get() + "-" + System.nanoTime(),
                List.of(new CheckoutCommand.Line(sku, quantity, null)), new CheckoutCommand.BuyerDetails("张三", id, "13812345678"),
                HOME)).orders().get(0);
    }

    @Test
    void aPaidOrderIsNotChargedAgainAndTheSecondPaymentSeesTheFirst() {
        String id = newIdNumber();
        OrderView order = place("payer-twice", id, "JP-SERUM", 1);
        orders.pay("payer-twice", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id));
        ConflictWithRecord again = assertThrows(ConflictWithRecord.class,
                () -> orders.pay("payer-twice", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id)));
        assertEquals("paid-once", again.rule());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = ? AND transaction_id = ?",
                order.orderNo(), again.existing().get("transactionId")), "the 409 shows the payment on record: " + again.existing());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = ?", order.orderNo()));
    }

    @Test
    void everyCheckComesBeforeTheChargeSoARefusedPaymentTakesNothing() {
        String id = newIdNumber();
        OrderView order = place("payer-wrong", id, "JP-SERUM", 1);
        RuleViolation notBuyer = assertThrows(RuleViolation.class, () -> orders.pay("payer-wrong", order.orderNo(),
                new ConsumerOrders.PayerDetails("李四", "440524188001010014")));
        assertEquals("payer-is-buyer", notBuyer.rule());
        RuleViolation wrongAmount = assertThrows(RuleViolation.class, () -> orders.pay("payer-wrong", order.orderNo(),
                new ConsumerOrders.PayerDetails("张三", id, "0.01")));
        assertEquals("amount-equals-total", wrongAmount.rule());
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = ?", order.orderNo()));
    }

    @Test
    void theSandboxTakesTheMoneyOncePerIdempotencyKey() {
        String id = newIdNumber();
        OrderView order = place("payer-key", id, "JP-SERUM", 1);
        PaymentGateway.Charge charge = new PaymentGateway.Charge("pay-" + order.orderNo(), new OrderNumber(order.orderNo()),
                Money.cny(order.total().amount()), "张三", ChineseIdNumber.of(id));
        Payment first = tx.executeWrite(s -> gateway.charge(charge));
        Payment second = tx.executeWrite(s -> gateway.charge(charge));
        assertEquals(first.transactionId(), second.transactionId());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE idempotency_key = ?", charge.idempotencyKey()));
    }

    @Test
    void cancellingAPaidOrderRefundsItOnce() {
        String id = newIdNumber();
        OrderView order = place("payer-refund", id, "JP-SERUM", 1);
        orders.pay("payer-refund", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id));
        assertEquals("REFUNDED", orders.cancel("payer-refund", order.orderNo(), null).status());
        assertThrows(RuleViolation.class, () -> orders.cancel("payer-refund", order.orderNo(), null));
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = ? AND refunded_at IS NOT NULL"
                + " AND refund_key = ?", order.orderNo(), "refund-" + order.orderNo()));
    }

    @Test
    void stockIsHeldAtCheckoutAndGivenBackOnCancellation() {
        stock.set("US-MIXER", 3);
        String id = newIdNumber();
        OrderView first = place("stock-a", id, "US-MIXER", 2);
        RuleViolation short1 = assertThrows(RuleViolation.class, () -> place("stock-b", newIdNumber(), "US-MIXER", 2));
        assertEquals("lines[0].quantity", short1.field());
        assertEquals("in-stock", short1.rule());
        assertTrue(short1.getMessage().contains("only 1"), short1.getMessage());
        orders.cancel("stock-a", first.orderNo(), "changed my mind");
        assertEquals("PLACED", place("stock-b", newIdNumber(), "US-MIXER", 3).status());
    }

    @Test
    void anUnpaidOrderIsLetGoAfterTheTimeoutAndItsStockReturns() {
        stock.set("CN-TEA", 1);
        OrderView unpaidOrder = place("stock-late", newIdNumber(), "CN-TEA", 1);
        assertThrows(RuleViolation.class, () -> place("stock-other", newIdNumber(), "CN-TEA", 1));
        clock.advance(Duration.ofMinutes(31));
        assertTrue(unpaid.letGo() >= 1);
        assertEquals("CANCELLED", orders.ownedBy("stock-late", unpaidOrder.orderNo()).orElseThrow().status());
        assertEquals("PLACED", place("stock-other", newIdNumber(), "CN-TEA", 1).status());
    }

    @Test
    void aBasketShortOnOneLineHoldsNothingForItsOtherLines() {
        String serum = place("stock-pair-first", newIdNumber(), "JP-SERUM", 1).orderNo();
        int held = count(HELD_OF_ITS_POOL, serum);
        stock.set("CN-TEA", 1);
        try {
            // Two orders (直邮 and 直采), two pools, one upsert: the tea's pool refuses it, so the serum's holds nothing.
            RuleViolation refused = assertThrows(RuleViolation.class, () -> checkout.checkout(new CheckoutCommand(
                    "stock-pair", "stock-pair-" + System.nanoTime(), List.of(new CheckoutCommand.Line("JP-SERUM", 1, null),
                    new CheckoutCommand.Line("CN-TEA", 2, null)), new CheckoutCommand.BuyerDetails("张三", newIdNumber(),
                    "13812345678"), HOME)));
            assertEquals("lines[1].quantity", refused.field(), refused.getMessage());
            assertEquals("in-stock", refused.rule());
            assertEquals(held, count(HELD_OF_ITS_POOL, serum), "the serum's pool holds nothing more");
            assertEquals(0, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'stock-pair'"));
        } finally {
            stock.set("CN-TEA", ShelfStock.PLENTY);
        }
    }

    @Test
    void checkoutsRacingForAPoolAlreadyHeldFromTakeExactlyWhatIsLeft() throws Exception {
        // The pool's row exists from here: each hold below is its one upsert, refused by the pool's CHECK when short.
        String first = place("stock-race", newIdNumber(), "JP-SERUM", 1).orderNo();
        int held = count(HELD_OF_ITS_POOL, first);
        // Other tests hold units of this pool too: five more than held now are left for the racers.
        stock.set("JP-SERUM", held + 5);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = IntStream.range(0, 12).<Callable<Boolean>>mapToObj(i -> () -> {
                try {
                    place("stock-race-" + i, newIdNumber(), "JP-SERUM", 1);
                    return true;
                } catch (RuleViolation refused) {
                    assertEquals("in-stock", refused.rule(), refused.getMessage());
                    return false;
                }
            }).toList();
            int placed = 0;
            for (Future<Boolean> racer : threads.invokeAll(racers)) {
                placed += racer.get() ? 1 : 0;
            }
            assertEquals(5, placed);
            assertEquals(held + 5, count(HELD_OF_ITS_POOL, first));
        } finally {
            threads.shutdownNow();
            stock.set("JP-SERUM", ShelfStock.PLENTY);
        }
    }

    private int count(String sql, Object... parameters) {
        return SqlCount.of(tx, sql, parameters);
    }
}
