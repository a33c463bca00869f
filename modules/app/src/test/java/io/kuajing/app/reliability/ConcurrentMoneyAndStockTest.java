package io.kuajing.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.kuajing.app.TestTokens;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.platform.testing.SqlCount;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Money taken once and stock never oversold, under real concurrency over real HTTP against the app on MySQL: many
 * payments of one order at the same moment, and 200 buyers after the last 10 units of a bonded product.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentMoneyAndStockTest implements WithTestDatabase {

    private static final String BONDED_BOOK = "T3100W000009";
    static final int PAYERS = 30;
    static final int BUYERS = 200;
    static final int UNITS = 10;

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    @Inject
    BondedBook bondedBook;

    @Inject
    TransactionOperations<Connection> tx;

    private CatalogueOverHttp http;
    private List<Map<String, Object>> products;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", "target/kuajing/plugins");
                properties.put("kuajing.customs.parties.bonded-books.KJ-NB-BONDED", BONDED_BOOK);
        properties.put("datasources.default.maximum-pool-size", "20");
        return properties;
    }

    private synchronized List<Map<String, Object>> products() {
        if (products == null) {
            http = new CatalogueOverHttp(server.getURI());
            products = http.importSample(TestTokens.bearer(tokens, "operator-1", Roles.OPERATOR),
                    TestTokens.bearer(tokens, "consumer-1", Roles.CONSUMER));
        }
        return products;
    }

    private static Map<String, Object> basket(String sku, String mode, String idNumber) {
        return Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1, "mode", mode)),
                "buyer", Map.of("realName", "王五", "idNumber", idNumber, "phone", "13712345678"),
                "consignee", Map.of("name", "王五", "phone", "13712345678", "divisionCode", "310115",
                        "address", "上海市浦东新区世纪大道1号"));
    }

    @Test
    void manyPaymentsOfOneOrderAtOnceChargeOnceAndAnswerTheRest409() throws Exception {
        String sku = CatalogueOverHttp.withMode(products(), "DIRECT_MAIL");
        String consumer = TestTokens.bearer(tokens, "consumer-pay-race", Roles.CONSUMER);
        String id = "440524188001010014";
        CatalogueOverHttp.Answer placed = http.post("/api/purchase/checkout", consumer, basket(sku, "DIRECT_MAIL", id),
                Map.of("Idempotency-Key", "pay-race"));
        assertEquals(201, placed.status(), placed.body());
        @SuppressWarnings("unchecked")
        String orderNo = (String) ((List<Map<String, Object>>) placed.json().get("orders")).get(0).get("orderNo");

        Map<Integer, Integer> statuses = race(PAYERS, i -> http.post("/api/purchase/orders/" + orderNo + "/payment", consumer,
                Map.of("payerName", "王五", "payerIdNumber", id), Map.of()));
        System.out.printf("%n| concurrent payments of one order | %d requests | %s |%n", PAYERS, statuses);
        assertEquals(Map.of(200, 1, 409, PAYERS - 1), statuses, "one payment, the rest see it");
        assertEquals(1, count("SELECT COUNT(*) FROM purchase_payment WHERE order_no = ?", orderNo), "charged once");
    }

    @Test
    void twoHundredBuyersAfterTenUnitsBuyExactlyTen() throws Exception {
        String sku = CatalogueOverHttp.withMode(products(), "FLASH_PURCHASE");
        Map<String, Object> product = http.send("GET", "/api/catalog/products/" + sku,
                TestTokens.bearer(tokens, "consumer-1", Roles.CONSUMER), null, Map.of()).json();
        bondedBook.recordEntry(new BondedEntry(BONDED_BOOK, "E-RACE-" + sku, List.of(new BondedEntry.Item(sku,
                HsCode.of((String) product.get("hsCode")), (String) product.get("title"), BigDecimal.valueOf(UNITS)))));

        Map<Integer, Integer> statuses = race(BUYERS, i -> {
            String id = ChineseIdNumber.completing("110105" + "1970" + "0101" + String.format("%03d", i)).value();
            return http.post("/api/purchase/checkout", TestTokens.bearer(tokens, "buyer-" + i, Roles.CONSUMER),
                    basket(sku, "FLASH_PURCHASE", id), Map.of("Idempotency-Key", "race-" + i));
        });
        System.out.printf("%n| buyers after the last units | %d buyers, %d units | %s |%n", BUYERS, UNITS, statuses);
        assertEquals(Map.of(201, UNITS, 422, BUYERS - UNITS), statuses, "exactly the units on the book are sold");
        assertEquals(UNITS, count("SELECT COALESCE(SUM(quantity), 0) FROM purchase_stock_reservation WHERE state = 'HELD'"
                + " AND pool = ?", "bonded:" + BONDED_BOOK + ":" + sku));
    }

    private interface Call {
        CatalogueOverHttp.Answer send(int i);
    }

    /** Fires {@code n} calls at once (released together by a latch) and counts the answers by status; no 5xx may occur. */
    private static Map<Integer, Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 64));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CatalogueOverHttp.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            answers.add(pool.submit(() -> {
                start.await();
                return call.send(index);
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<CatalogueOverHttp.Answer> a : answers) {
            CatalogueOverHttp.Answer answer = a.get();
            assertTrue(answer.status() < 500, "never a 5xx: " + answer.body());
            if (answer.status() == 409) {
                assertTrue(answer.body().contains("\"rule\":\"paid-once\"") && answer.body().contains("\"transactionId\""),
                        "a 409 names the rule and shows the payment on record: " + answer.body());
            }
            if (answer.status() == 422) {
                assertTrue(answer.body().contains("\"rule\":\"in-stock\""), answer.body());
            }
            statuses.merge(answer.status(), 1, Integer::sum);
        }
        pool.shutdown();
        return statuses;
    }

    private int count(String sql, Object... parameters) {
        return SqlCount.of(tx, sql, parameters);
    }
}
