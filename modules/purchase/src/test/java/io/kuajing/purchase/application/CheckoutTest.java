package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Checkout against MySQL with the real customs module (tax quotes, quota ledger) behind it. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutTest implements WithTestDatabase {

    @Inject
    java.time.Clock clock;

    @Inject
    Checkout checkout;

    @Inject
    ConsumerOrders orders;

    @Inject
    Quotas quotas;

    @Inject
    TransactionOperations<Connection> tx;

    private static final CheckoutCommand.ConsigneeDetails HOME =
            new CheckoutCommand.ConsigneeDetails("张三", "13812345678", "310115", "上海市浦东新区世纪大道1号");

    private static final AtomicInteger BUYERS = new AtomicInteger();

    /** A buyer of their own for each test (this class's database is fresh): valid GB 11643 numbers in sequence. */
    private static String newIdNumber() {
        return ChineseIdNumber.completing("110105" + "1990" + "0101" + String.format("%03d", BUYERS.incrementAndGet())).value();
    }

    private static CheckoutCommand basket(String owner, String idNumber, String key, CheckoutCommand.Line... lines) {
        return new CheckoutCommand(owner, key, List.of(lines),
                new CheckoutCommand.BuyerDetails("张三", idNumber, "13812345678"), HOME);
    }

    @Test
    void aMixedBasketIsSplitIntoOneOrderPerModeAndWarehouseWithCustomsTax() {
        String id = newIdNumber();
        CheckoutResult result = checkout.checkout(basket("consumer-split", id, "k-split",
                new CheckoutCommand.Line("US-BLENDER", 1, "FLASH_PURCHASE"),
                new CheckoutCommand.Line("JP-SERUM", 2, "DIRECT_MAIL"),
                new CheckoutCommand.Line("CN-TEA", 3, null)));

        assertEquals(3, result.orders().size());
        OrderView flash = byMode(result, "FLASH_PURCHASE");
        // CBEC within limits on general goods at 13% VAT: (1000 + 10) x 9.1% = 91.91.
        assertEquals(cny("91.91"), flash.tax());
        assertEquals(cny("1101.91"), flash.total());
        OrderView tea = byMode(result, "DIRECT_PURCHASE");
        assertEquals(cny("0.00"), tea.tax(), "general trade: taxes are inside the retail price");
        assertEquals(cny("56.50"), tea.lines().get(0).unitPrice());
        // Only the cross-border orders count on the buyer's annual quota: (1000 + 10) + 2 x (300 + 20).
        assertEquals(new BigDecimal("1650.00"), quotas.status(ChineseIdNumber.of(id), io.kuajing.kernel.ChinaTime.today(clock).getYear()).used().amount());
        assertEquals(io.kuajing.kernel.PersonalData.mask(id, 3, 2), flash.buyer().idNumber(), "the buyer is masked field by field");
        assertFalse(flash.buyer().toString().contains(id), "the buyer is masked: " + flash.buyer());
        java.time.LocalDate today = io.kuajing.kernel.ChinaTime.today(clock);
        OrderView stored = orders.ownedBy("consumer-split", flash.orderNo()).orElseThrow();
        assertEquals(today.plusDays(3), stored.deliveryEarliest(), "the promise the product page showed is kept with the order");
        assertEquals(today.plusDays(8), stored.deliveryLatest());
    }

    @Test
    void freightIsTheCarriersQuoteForTheWholeParcel() {
        String id = newIdNumber();
        OrderView mixer = checkout.checkout(basket("consumer-freight", id, "k-freight",
                new CheckoutCommand.Line("US-MIXER", 2, "DIRECT_MAIL"))).orders().get(0);
        assertEquals(cny("12.00"), mixer.freight(), "one parcel quoted by the carriers, not 2 x the 30.00 estimate");
        // (200.00 + 12.00) x 9.1% = 19.292 -> 19.29
        assertEquals(cny("19.29"), mixer.tax());
        assertEquals(cny("231.29"), mixer.total());
    }

    @Test
    void aLineNoCarrierCanCarryIsRefusedNamingItAndNothingIsPlaced() {
        String id = newIdNumber();
        RuleViolation refused = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("consumer-anvil", id, "k-anvil",
                new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL"),
                new CheckoutCommand.Line("US-ANVIL", 1, "DIRECT_MAIL"))));
        assertEquals("lines[1].mode", refused.field());
        assertEquals("deliverable", refused.rule());
        assertEquals(0, quotas.status(ChineseIdNumber.of(id), io.kuajing.kernel.ChinaTime.today(clock).getYear()).used().amount().signum(),
                "nothing reserved");
        assertTrue(orders.ownedBy("consumer-anvil").isEmpty(), "nothing placed");
    }

    @Test
    void aRefusalByLogisticsNamesTheLineAsTheConsumerSentIt() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("consumer-ghost", newIdNumber(), "k-ghost",
                new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL"),
                new CheckoutCommand.Line("US-GHOST", 1, "DIRECT_MAIL"),
                new CheckoutCommand.Line("US-BLENDER", 1, "DIRECT_MAIL"))));  // joins the serum's order, ahead of the ghost
        assertEquals("lines[1].sku", refused.field(), "the second line as sent, named by what the consumer chose");
        assertEquals("unknown-warehouse", refused.rule());
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameOrdersNeverASecondOne() {
        CheckoutCommand command = basket("consumer-retry", newIdNumber(), "k-retry",
                new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL"));
        CheckoutResult first = checkout.checkout(command);
        CheckoutResult second = checkout.checkout(command);

        assertFalse(first.replayed());
        assertTrue(second.replayed());
        assertEquals(first.orders().get(0).orderNo(), second.orders().get(0).orderNo());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'consumer-retry'"));
    }

    @Test
    void twinsSentAtOnceWithOneKeyPlaceOneCheckoutAndBothAnswerIt() throws Exception {
        // A mixed basket: two orders, the first of which carries the key; every twin waits on its unique key.
        CheckoutCommand command = basket("consumer-twins", newIdNumber(), "k-twins",
                new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL"), new CheckoutCommand.Line("CN-TEA", 1, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<CheckoutResult> twin = () -> checkout.checkout(command);
            List<CheckoutResult> results = new ArrayList<>();
            for (Future<CheckoutResult> answered : pool.invokeAll(java.util.Collections.nCopies(4, twin))) {
                results.add(answered.get());
            }
            assertEquals(1, results.stream().filter(r -> !r.replayed()).count(), "one placed, the others replayed");
            assertEquals(1, results.stream().map(CheckoutResult::checkoutId).distinct().count());
            assertEquals(1, results.stream().map(r -> r.orders().stream().map(OrderView::orderNo).toList()).distinct().count());
            assertEquals(2, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'consumer-twins'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReusedKeyWithAnotherBasketIsRefused() {
        String id = newIdNumber();
        checkout.checkout(basket("consumer-reuse", id, "k-reuse", new CheckoutCommand.Line("JP-SERUM", 1, null)));
        RuleViolation e = assertThrows(RuleViolation.class, () -> checkout.checkout(
                basket("consumer-reuse", id, "k-reuse", new CheckoutCommand.Line("JP-SERUM", 2, null))));
        assertEquals("same-request", e.rule());
    }

    @Test
    void aBasketOverThePerTransactionLimitIsRefusedAndNothingIsPlaced() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("consumer-big", newIdNumber(),
                "k-big", new CheckoutCommand.Line("US-LAPTOP", 1, null), new CheckoutCommand.Line("JP-SERUM", 1, null))));
        assertEquals("per-transaction-limit", e.rule());
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'consumer-big'"),
                "no order, and so no key kept");
    }

    @Test
    void oneIndivisibleItemAboveFiveThousandGoesThroughAtFullRates() {
        CheckoutResult result = checkout.checkout(basket("consumer-laptop", newIdNumber(), "k-laptop",
                new CheckoutCommand.Line("US-LAPTOP", 1, null)));
        OrderView laptop = result.orders().get(0);
        assertTrue(new BigDecimal(laptop.tax().amount()).compareTo(new BigDecimal("6100").multiply(new BigDecimal("0.091"))) > 0,
                "full rates, not the 70% relief: " + laptop.tax());
    }

    @Test
    void aProductWithoutAReviewedChineseNameIsRefusedBeforeAnythingIsOrdered() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("consumer-unreviewed",
                newIdNumber(), "k-unreviewed", new CheckoutCommand.Line("JP-SERUM", 1, null),
                new CheckoutCommand.Line("JP-UNREVIEWED", 1, null))));
        assertEquals("lines[1].sku", e.field());
        assertEquals("not-translated", e.rule());
        assertEquals(0, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'consumer-unreviewed'"));
    }

    @Test
    void anUnknownProductOrUnavailableModeNamesTheLine() {
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("c-x", newIdNumber(),
                "k-x1", new CheckoutCommand.Line("JP-SERUM", 1, null), new CheckoutCommand.Line("NOPE", 1, null))));
        assertEquals("lines[1].sku", unknown.field());
        RuleViolation mode = assertThrows(RuleViolation.class, () -> checkout.checkout(basket("c-x", newIdNumber(),
                "k-x2", new CheckoutCommand.Line("CN-TEA", 1, "DIRECT_MAIL"))));
        assertEquals("lines[0].mode", mode.field());
        assertEquals("mode-available", mode.rule());
    }

    @Test
    void thePayerMustBeTheBuyerAndThenTheOrderIsPaid() {
        String id = newIdNumber();
        OrderView order = checkout.checkout(basket("consumer-pay", id, "k-pay",
                new CheckoutCommand.Line("JP-SERUM", 1, null))).orders().get(0);
        RuleViolation e = assertThrows(RuleViolation.class, () -> orders.pay("consumer-pay", order.orderNo(),
                new ConsumerOrders.PayerDetails("李四", "440524188001010014")));
        assertEquals("payer-is-buyer", e.rule());
        assertEquals("PLACED", orders.ownedBy("consumer-pay", order.orderNo()).orElseThrow().status());

        assertEquals("PAID", orders.pay("consumer-pay", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id)).status());
        assertTrue(orders.ownedBy("someone-else", order.orderNo()).isEmpty(), "another consumer never sees it");
    }

    @Test
    void cancellingAPaidOrderRefundsItAndGivesTheQuotaBack() {
        String id = newIdNumber();
        OrderView order = checkout.checkout(basket("consumer-cancel", id, "k-cancel",
                new CheckoutCommand.Line("JP-SERUM", 1, null))).orders().get(0);
        orders.pay("consumer-cancel", order.orderNo(), new ConsumerOrders.PayerDetails("张三", id));
        OrderView cancelled = orders.cancel("consumer-cancel", order.orderNo(), "changed my mind");

        assertEquals("REFUNDED", cancelled.status());
        assertEquals(0, quotas.status(ChineseIdNumber.of(id), io.kuajing.kernel.ChinaTime.today(clock).getYear()).used().amount().signum());
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = '" + order.orderNo()
                + "' AND refunded_at IS NOT NULL"));
        assertTrue(RecordingShipments.CANCELLED.contains(order.orderNo()), "a refunded order is not shipped");
    }

    @Test
    void concurrentCheckoutsOfOneBuyerNeverExceedTheAnnualLimit() throws Exception {
        String id = newIdNumber();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // 4 x 1000 + freight 40 = 4,040 of quota each: six fit in 26,000, the seventh would not.
            attempts.add(() -> {
                try {
                    checkout.checkout(basket("consumer-rush", id, UUID.randomUUID().toString(),
                            new CheckoutCommand.Line("US-BLENDER", 4, "FLASH_PURCHASE")));
                    return true;
                } catch (RuleViolation refused) {
                    return false;
                }
            });
        }
        int accepted = 0;
        for (Future<Boolean> f : pool.invokeAll(attempts)) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(6, accepted);
        assertEquals(6, count("SELECT COUNT(*) FROM purchase_order WHERE owner = 'consumer-rush'"));
        assertTrue(quotas.status(ChineseIdNumber.of(id), io.kuajing.kernel.ChinaTime.today(clock).getYear()).used().amount().compareTo(new BigDecimal("26000")) <= 0);
    }

    private static OrderView byMode(CheckoutResult result, String mode) {
        return result.orders().stream().filter(o -> o.mode().equals(mode)).findFirst().orElseThrow();
    }

    private int count(String sql) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static MoneyJson cny(String amount) {
        return new MoneyJson(amount, "CNY");
    }
}
