package io.kuajing.purchase.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.Map;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.platform.testing.StatementCounters;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The statements one checkout sends (docs/performance.md, "Checkout"), counted by the server on the checkout's own
 * connection: the persistence adapters must not add any (ADR 0037). The checkout runs inside an outer transaction
 * here so that its statements and the counters share one connection; its own transaction joins it.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutStatementsTest implements WithTestDatabase {

    private static final CheckoutCommand.ConsigneeDetails HOME =
            new CheckoutCommand.ConsigneeDetails("张三", "13812345678", "310115", "上海市浦东新区世纪大道1号");
    private static final CheckoutCommand.BuyerDetails BUYER =
            new CheckoutCommand.BuyerDetails("张三",
                    ChineseIdNumber.completing("11010519900101999").value(), "13812345678");

    @Inject
    Checkout checkout;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void aCheckoutOfOneCrossBorderOrderOfTwoLinesSendsSixStatements() {
        checkout.checkout(basket("warm-up")); // the buyer's quota account and the stock pools exist from now on
        Map<String, Long> sent = StatementCounters.of(tx, () -> checkout.checkout(basket("measured")));
        // Purchase: the order's INSERT, which claims the Idempotency-Key (its unique key), its two lines (one
        // multi-row INSERT), the pools' upsert that takes the sources' counts and the units (one statement for both
        // pools, refused by the pool's CHECK constraint when short), and the lines' reservations (one INSERT).
        // Customs' quota: the account's upsert that adds the order, refused by the account's CHECK constraint past
        // the annual limit, and the entry's INSERT. (No handler listens to OrderPlaced here: the outbox stores
        // nothing.) 15 statements at first (10 INSERT, 2 SELECT, 3 UPDATE), 11 before this change (8, 1, 2):
        // docs/performance.md, "Checkout".
        assertEquals(Map.of("Com_delete", 0L, "Com_insert", 6L, "Com_select", 0L, "Com_update", 0L), sent);
    }

    private static CheckoutCommand basket(String key) {
        return new CheckoutCommand("consumer-statements", key, java.util.List.of(
                new CheckoutCommand.Line("JP-SERUM", 1, "DIRECT_MAIL"),
                new CheckoutCommand.Line("US-BLENDER", 1, "DIRECT_MAIL")), BUYER, HOME);
    }
}
