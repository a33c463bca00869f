package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Through the one JAR's HTTP API, on MySQL, with the reference plugins loaded from their JARs: an operator imports
 * the amazon.com sample catalogue, a consumer checks out a bonded and a direct-mail product (one order each),
 * retries with the same key, pays as the buyer; another consumer cannot see the order. Another fills a basket,
 * sees the orders it would make and checks it out.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutJourneyTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Inject
    BondedBook bondedBook;

    private static final String BONDED_BOOK = "T3100W000002";

    private List<Map<String, Object>> products;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", "target/kuajing/plugins");
        // Bonded goods sell from the warehouse's account book: checkout holds its units.
                properties.put("kuajing.customs.parties.bonded-books.KJ-NB-BONDED", BONDED_BOOK);
        return properties;
    }

    @Test
    @SuppressWarnings("unchecked")
    void importCheckOutRetryAndPay() {
        String consumer = TestTokens.bearer(tokens, "consumer-li", Roles.CONSUMER);

        List<Map<String, Object>> products = products();
        String bonded = withMode(products, "FLASH_PURCHASE");
        String overseas = withMode(products, "DIRECT_MAIL");

        Map<String, Object> basket = Map.of(
                "lines", List.of(Map.of("sku", bonded, "quantity", 1, "mode", "FLASH_PURCHASE"),
                        Map.of("sku", overseas, "quantity", 1, "mode", "DIRECT_MAIL")),
                "buyer", Map.of("realName", "李四", "idNumber", "440524188001010014", "phone", "13912345678"),
                "consignee", Map.of("name", "李四", "phone", "13912345678", "divisionCode", "440305",
                        "address", "广东省深圳市南山区科技园路1号"));
        HttpResponse<Map> placed = http.toBlocking().exchange(withKey(HttpRequest.POST("/api/purchase/checkout", basket), consumer, "basket-1"), Map.class);
        assertEquals(201, placed.code());
        List<Map<String, Object>> orders = (List<Map<String, Object>>) placed.body().get("orders");
        assertEquals(2, orders.size(), "one order per mode and warehouse");

        HttpResponse<Map> retried = http.toBlocking().exchange(withKey(HttpRequest.POST("/api/purchase/checkout", basket), consumer, "basket-1"), Map.class);
        assertEquals(200, retried.code());
        assertEquals(orders.get(0).get("orderNo"), ((List<Map<String, Object>>) retried.body().get("orders")).get(0).get("orderNo"));

        String orderNo = (String) orders.get(0).get("orderNo");
        Map<String, Object> paid = call(HttpRequest.POST("/api/purchase/orders/" + orderNo + "/payment",
                Map.of("payerName", "李四", "payerIdNumber", "440524188001010014")), consumer);
        assertEquals("PAID", paid.get("status"));
        assertFalse(String.valueOf(paid.get("buyer")).contains("440524188001010014"), "the buyer is masked");

        // The operators' report counts the paid order in the import column of its mode (export's ImportSales,
        // answered by the app from purchase's SalesFigures).
        String operator = TestTokens.bearer(tokens, "staff-1", Roles.OPERATOR);
        List<Map<String, Object>> importSales = (List<Map<String, Object>>) call(HttpRequest.GET("/api/export/report"),
                operator).get("importSales");
        assertTrue(importSales.stream().anyMatch(r -> paid.get("mode").equals(r.get("channel"))
                && ((Number) r.get("orders")).intValue() >= 1 && r.get("sales") instanceof Map<?, ?> sales
                && "CNY".equals(sales.get("currency")) && new java.math.BigDecimal((String) sales.get("amount")).signum() > 0),
                importSales.toString());

        HttpClientResponseException notYours = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/purchase/orders/" + orderNo).header("Authorization",
                        TestTokens.bearer(tokens, "consumer-wang", Roles.CONSUMER))));
        assertEquals(404, notYours.getStatus().getCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBasketIsFilledShownAndCheckedOutOverHttp() {
        String consumer = TestTokens.bearer(tokens, "consumer-zhou", Roles.CONSUMER);
        List<Map<String, Object>> products = products();
        String bonded = withMode(products, "FLASH_PURCHASE");
        String overseas = withMode(products, "DIRECT_MAIL");

        call(HttpRequest.PUT("/api/purchase/basket/lines/" + bonded, Map.of("quantity", 1, "mode", "FLASH_PURCHASE")), consumer);
        Map<String, Object> basket = call(HttpRequest.PUT("/api/purchase/basket/lines/" + overseas, Map.of("quantity", 1, "mode", "DIRECT_MAIL")), consumer);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) basket.get("lines");
        assertEquals(List.of(bonded, overseas), lines.stream().map(l -> l.get("sku")).toList());
        Map<String, Object> firstOption = ((List<Map<String, Object>>) lines.get(0).get("options")).get(0);
        assertTrue(firstOption.get("unitTotal") != null && firstOption.get("deliveryLatest") != null,
                "each way a product can come shows its landed price and promise: " + firstOption);
        List<Map<String, Object>> planned = (List<Map<String, Object>>) basket.get("orders");
        assertEquals(2, planned.size(), "one order per mode and warehouse: " + planned);

        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.PUT("/api/purchase/basket/lines/" + overseas, Map.of("quantity", 1, "mode", "BY_PIGEON"))
                        .header("Authorization", consumer), String.class));
        assertEquals(422, refused.getStatus().getCode());
        String problem = refused.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("\"field\":\"mode\"") && problem.contains("\"rule\":\"mode-known\""), problem);

        Map<String, Object> who = Map.of(
                "buyer", Map.of("realName", "周七", "idNumber", "11010519491231002X", "phone", "13512345678"),
                "consignee", Map.of("name", "周七", "phone", "13512345678", "divisionCode", "310115", "address", "上海市浦东新区世纪大道100号"));
        HttpResponse<Map> placed = http.toBlocking().exchange(withKey(HttpRequest.POST("/api/purchase/basket/checkout", who), consumer, "zhou-1"), Map.class);
        assertEquals(201, placed.code());
        List<Map<String, Object>> orders = (List<Map<String, Object>>) placed.body().get("orders");
        assertEquals(2, orders.size());
        assertTrue(((List<?>) call(HttpRequest.GET("/api/purchase/basket"), consumer).get("lines")).isEmpty(), "checked out: empty");

        HttpResponse<Map> retried = http.toBlocking().exchange(withKey(HttpRequest.POST("/api/purchase/basket/checkout", who), consumer, "zhou-1"), Map.class);
        assertEquals(200, retried.code());
        assertEquals(orders.stream().map(o -> o.get("orderNo")).toList(),
                ((List<Map<String, Object>>) retried.body().get("orders")).stream().map(o -> o.get("orderNo")).toList());
    }

    /** The amazon.com sample catalogue, imported through its plugin once for the class. */
    @SuppressWarnings("unchecked")
    private synchronized List<Map<String, Object>> products() {
        if (products == null) {
            String operator = TestTokens.bearer(tokens, "operator-1", Roles.OPERATOR);
            Map<String, Object> run = call(HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "us-spapi-export")), operator);
            Eventually.within(Duration.ofSeconds(60), "the import completes", () -> "COMPLETED".equals(
                    call(HttpRequest.GET("/api/catalog/imports/" + run.get("id")), operator).get("status")));
            Map<String, Object> done = call(HttpRequest.GET("/api/catalog/imports/" + run.get("id")), operator);
            assertTrue(((Number) done.get("created")).intValue() > 100, done.toString());
            assertTrue(((Number) done.get("rejected")).intValue() > 0, "the sample feed's broken rows are rejected: " + done);
            products = (List<Map<String, Object>>) call(HttpRequest.GET("/api/catalog/products?size=100"),
                    TestTokens.bearer(tokens, "consumer-li", Roles.CONSUMER)).get("items");
            String bonded = withMode(products, "FLASH_PURCHASE");
            Map<String, Object> product = call(HttpRequest.GET("/api/catalog/products/" + bonded),
                    TestTokens.bearer(tokens, "consumer-li", Roles.CONSUMER));
            bondedBook.recordEntry(new BondedEntry(BONDED_BOOK, "E-JOURNEY-1", List.of(new BondedEntry.Item(bonded,
                    HsCode.of((String) product.get("hsCode")), (String) product.get("title"), BigDecimal.TEN))));
        }
        return products;
    }

    private static String withMode(List<Map<String, Object>> products, String mode) {
        return products.stream().filter(p -> ((List<?>) p.get("modes")).contains(mode)).map(p -> (String) p.get("sku"))
                .findFirst().orElseThrow(() -> new AssertionError("no product offers " + mode));
    }

    private static MutableHttpRequest<?> withKey(MutableHttpRequest<?> request, String token, String key) {
        return request.header("Authorization", token).header("Idempotency-Key", key);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return http.toBlocking().retrieve(request.header("Authorization", token), Map.class);
    }
}
