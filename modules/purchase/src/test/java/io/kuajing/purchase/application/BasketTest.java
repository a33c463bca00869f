package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.BasketView;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.ConsumerBasket;
import io.kuajing.purchase.OrderView;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The basket against the test catalogue (ShelfCatalog) on MariaDB: choices checked when made, the orders checkout
 * would place shown beforehand, checkout placing exactly those and emptying the basket, once.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasketTest implements WithTestDatabase {

    private static final CheckoutCommand.ConsigneeDetails HOME =
            new CheckoutCommand.ConsigneeDetails("王五", "13612345678", "310115", "上海市浦东新区世纪大道8号");

    @Inject
    ConsumerBasket baskets;

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    private static CheckoutCommand.BuyerDetails buyer(String serial) {
        return new CheckoutCommand.BuyerDetails("王五", ChineseIdNumber.completing("11010519850505" + serial).value(), "13612345678");
    }

    @Test
    void theBasketShowsEveryWayAProductCanComeAndTheOrdersCheckoutWouldPlace() {
        baskets.put("basket-show", "US-BLENDER", 1, "FLASH_PURCHASE");
        baskets.put("basket-show", "JP-SERUM", 2, null);
        BasketView view = baskets.put("basket-show", "CN-TEA", 3, null);

        assertEquals(List.of("US-BLENDER", "JP-SERUM", "CN-TEA"), view.lines().stream().map(BasketView.Line::sku).toList());
        BasketView.Line blender = view.lines().get(0);
        assertEquals(List.of("FLASH_PURCHASE", "DIRECT_MAIL"), blender.options().stream().map(BasketView.Option::mode).toList());
        assertTrue(blender.modeChosen());
        BasketView.Line serum = view.lines().get(1);
        assertEquals("DIRECT_MAIL", serum.mode(), "no choice: the cheapest mode");
        assertFalse(serum.modeChosen());
        assertEquals(0, amount(serum.unitTotal()).multiply(BigDecimal.valueOf(2)).compareTo(amount(serum.lineTotal())));
        assertEquals(3, view.orders().size(), "one order per mode and warehouse");
        assertEquals(0, view.lines().stream().map(l -> amount(l.lineTotal())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(amount(view.estimatedTotal())));
        assertEquals("CNY", view.estimatedTotal().currency());

        BasketView changed = baskets.put("basket-show", "US-BLENDER", 2, "DIRECT_MAIL");
        assertEquals("US-BLENDER", changed.lines().get(0).sku(), "a changed line keeps its place");
        assertEquals(2, changed.orders().size(), "blender and serum now travel together from New Jersey");
        assertEquals(List.of("US-BLENDER", "JP-SERUM"), changed.orders().stream()
                .filter(o -> o.mode().equals("DIRECT_MAIL")).findFirst().orElseThrow().skus());

        assertEquals(List.of("US-BLENDER", "CN-TEA"), baskets.remove("basket-show", "JP-SERUM").lines().stream()
                .map(BasketView.Line::sku).toList());
        assertEquals(2, baskets.remove("basket-show", "JP-SERUM").lines().size(), "removing twice changes nothing");
    }

    @Test
    void aBadChoiceIsRefusedNamingFieldAndRuleAndLeavesTheBasketAsItWas() {
        baskets.put("basket-bad", "JP-SERUM", 1, null);
        assertRefused("sku", "product-exists", () -> baskets.put("basket-bad", "NO-SUCH-THING", 1, null));
        assertRefused("sku", "sku-format", () -> baskets.put("basket-bad", "../etc", 1, null));
        assertRefused("mode", "mode-available", () -> baskets.put("basket-bad", "JP-SERUM", 1, "FLASH_PURCHASE"));
        assertRefused("mode", "mode-known", () -> baskets.put("basket-bad", "JP-SERUM", 1, "BY_PIGEON"));
        assertRefused("quantity", "quantity-range", () -> baskets.put("basket-bad", "JP-SERUM", 0, null));
        assertRefused("quantity", "quantity-range", () -> baskets.put("basket-bad", "JP-SERUM", 100, null));

        BasketView unchanged = baskets.basket("basket-bad");
        assertEquals(1, unchanged.lines().size());
        assertEquals(1, unchanged.lines().get(0).quantity());
        assertNull(unchanged.lines().get(0).problem());
    }

    @Test
    void checkoutPlacesWhatTheBasketShowedEmptiesItAndARetryAnswersTheSameOrders() {
        baskets.put("basket-buy", "US-BLENDER", 1, "FLASH_PURCHASE");
        BasketView shown = baskets.put("basket-buy", "CN-TEA", 2, null);

        CheckoutResult placed = baskets.checkout("basket-buy", "basket-buy-1", buyer("001"), HOME);
        assertFalse(placed.replayed());
        assertEquals(shown.orders().stream().map(BasketView.PlannedOrder::mode).sorted().toList(),
                placed.orders().stream().map(OrderView::mode).sorted().toList());
        assertTrue(baskets.basket("basket-buy").lines().isEmpty(), "checked out: the basket is empty");

        CheckoutResult retried = baskets.checkout("basket-buy", "basket-buy-1", buyer("001"), HOME);
        assertTrue(retried.replayed());
        baskets.put("basket-buy", "CN-TEA", 1, null);
        assertRefused("Idempotency-Key", "same-request", () -> baskets.checkout("basket-buy", "basket-buy-1", buyer("001"), HOME));
        baskets.remove("basket-buy", "CN-TEA");
        assertEquals(placed.orders().stream().map(OrderView::orderNo).toList(), retried.orders().stream().map(OrderView::orderNo).toList());

        assertRefused("lines", "required", () -> baskets.checkout("basket-buy", "basket-buy-2", buyer("001"), HOME));
    }

    @Test
    void aRefusedCheckoutKeepsTheBasket() {
        baskets.put("basket-refused", "JP-SERUM", 1, null);
        CheckoutCommand.BuyerDetails noId = new CheckoutCommand.BuyerDetails("王五", "110105198505050000", "13612345678");
        assertRefused("buyer.idNumber", "id-number", () -> baskets.checkout("basket-refused", "basket-refused-1", noId, HOME));
        assertEquals(1, baskets.basket("basket-refused").lines().size());
        assertFalse(baskets.checkout("basket-refused", "basket-refused-1", buyer("002"), HOME).replayed(),
                "the refused call left its key unused");
    }

    @Test
    void twoCheckoutsOfOneBasketAtOnceTurnItIntoOrdersOnce() throws Exception {
        baskets.put("basket-twice", "JP-SERUM", 1, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String key : List.of("twice-a", "twice-b")) {
                Callable<String> attempt = () -> {
                    try {
                        return "placed " + baskets.checkout("basket-twice", key, buyer("003"), HOME).orders().size();
                    } catch (RuleViolation refused) {
                        return refused.rule();
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            List<String> sorted = results.stream().sorted().toList();
            assertEquals("placed 1", sorted.get(1).startsWith("placed") ? sorted.get(1) : sorted.get(0), results.toString());
            assertTrue(results.stream().filter(r -> !r.startsWith("placed")).allMatch(r -> r.equals("required") || r.equals("basket-unchanged")),
                    "the other found the basket emptied (or changed under it) and placed nothing: " + results);
            assertEquals(1, results.stream().filter(r -> r.startsWith("placed")).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeThatReadTheBasketBeforeACheckoutCommittedDoesNotBringTheOrderedLinesBack() throws Exception {
        baskets.put("basket-stale", "JP-SERUM", 1, null);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            BasketView after = tx.executeWrite(status -> {
                // This transaction reads the basket first (REPEATABLE READ fixes its snapshot here) ...
                assertEquals(1, baskets.basket("basket-stale").lines().size());
                // ... another checks it out and commits ...
                try {
                    other.submit(() -> baskets.checkout("basket-stale", "stale-1", buyer("004"), HOME)).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // ... and then this one adds a product.
                return baskets.put("basket-stale", "CN-TEA", 1, null);
            });
            assertEquals(List.of("CN-TEA"), after.lines().stream().map(BasketView.Line::sku).toList(),
                    "the serum was ordered; it must not come back into the basket");
        } finally {
            other.shutdownNow();
        }
    }

    private static void assertRefused(String field, String rule, org.junit.jupiter.api.function.Executable call) {
        RuleViolation refused = assertThrows(RuleViolation.class, call);
        assertEquals(field + "/" + rule, refused.field() + "/" + refused.rule(), refused.getMessage());
    }

    private static BigDecimal amount(MoneyJson money) {
        return new BigDecimal(money.amount());
    }
}
