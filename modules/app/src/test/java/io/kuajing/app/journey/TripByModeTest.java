package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.app.demo.SimulatedPace;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.CustomsSandbox;
import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.sandbox.CarrierSimulators;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each fulfilment mode from checkout to the doorstep through the one JAR: the amazon.com sample catalogue imported
 * through its plugin, checkout and payment over HTTP, the real carrier plugins booked against their simulated
 * services (a day passes in a fraction of a second), the customs sandbox answering declarations, and the order
 * following logistics' and customs' events to DELIVERED; and the refusal customs gives a buyer whose annual
 * allowance went to other platforms, which cancels and refunds the order.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TripByModeTest implements WithTestDatabase {

    private static final String BONDED_BOOK = "T3100W000001";

    private CarrierSimulators carriers;
    private List<Map<String, Object>> products;

    @Inject
    BondedBook bondedBook;

    @Inject
    CustomsSandbox sandbox;

    @Inject
    Quotas quotas;

    @Inject
    Clock clock;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        carriers = CarrierSimulators.start(Duration.ofMillis(300));
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.putAll(carriers.settings());
        properties.put("kuajing.plugins.dir", "target/kuajing/plugins");
        properties.putAll(SimulatedPace.racing());
        // Customs' official schema, where this machine has it (docs/customs.md, Conformance): then every message of
        // these trips is checked against it before it leaves, and one that failed would park its order.
        customsSchema().ifPresent(xsd -> properties.put("kuajing.customs.schema-dir", xsd.toString()));
        return properties;
    }

    static java.util.Optional<java.nio.file.Path> customsSchema() {
        String configured = System.getenv("KUAJING_CEB_SPEC_DIR");
        java.nio.file.Path spec = configured != null && !configured.isBlank() ? java.nio.file.Path.of(configured)
                : java.nio.file.Path.of("../../../shared/reference/customs");
        java.nio.file.Path xsd = spec.resolve("ceb-2022-05").resolve("xsd");
        return java.nio.file.Files.isDirectory(xsd) ? java.util.Optional.of(xsd) : java.util.Optional.empty();
    }

    /** Nothing of these trips was kept back by customs' schema: every message left conforming. */
    @AfterAll
    void nothingWasParked() {
        Map<String, Object> parked = http.toBlocking().retrieve(HttpRequest.GET("/api/customs/parked")
                .header("Authorization", operator()), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertEquals(List.of(), parked.get("items"));
        assertEquals(0, parked.get("total"));
    }

    @AfterAll
    void stopCarriers() {
        carriers.close();
    }

    /** The trips above, as operators see them in the metrics (each test's order was delivered or refused before). */
    @AfterAll
    void theTripsAreCountedInTheMetrics() {
        MetricsScrape.assertCounted(http, operator());
    }

    @Test
    void directMailIsDeclaredReleasedFlownAndDelivered() {
        String orderNo = placeAndPay("DIRECT_MAIL", "trip-dm");
        awaitDelivered(orderNo);
        Map<String, Object> declaration = call(HttpRequest.GET("/api/customs/declarations/" + orderNo), operator());
        assertEquals("9610", declaration.get("regime"));
        assertTrue(List.of("RELEASED", "CLEARED").contains(declaration.get("status")), declaration.toString());

        List<Map<String, Object>> trip = trip(orderNo);
        assertEquals(List.of("LINE_HAUL", "LAST_MILE"), trip.stream().map(l -> l.get("leg")).toList(), trip.toString());
        assertTrue(trip.stream().allMatch(l -> "DELIVERED".equals(l.get("status")) && l.get("waybillNumber") != null));
        Instant handedOver = scans(trip.get(0)).stream().filter(s -> "HANDED_TO_LAST_MILE".equals(s.get("status")))
                .map(s -> Instant.parse((String) s.get("at"))).findFirst().orElseThrow();
        Instant lastMileFirstScan = Instant.parse((String) scans(trip.get(1)).get(0).get("at"));
        assertFalse(lastMileFirstScan.isBefore(handedOver),
                "the last-mile carrier gets the parcel only once the flight handed it over: " + trip);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trip(String orderNo) {
        return (List<Map<String, Object>>) call(HttpRequest.GET("/api/purchase/orders/" + orderNo), consumer()).get("trip");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> scans(Map<String, Object> leg) {
        List<Map<String, Object>> scans = (List<Map<String, Object>>) leg.get("scans");
        assertFalse(scans.isEmpty(), "a delivered leg has its scans: " + leg);
        return scans;
    }

    @Test
    void flashPurchaseLeavesTheBondedBookAndIsDelivered() {
        String sku = sku("FLASH_PURCHASE");
        Map<String, Object> product = call(HttpRequest.GET("/api/catalog/products/" + sku), consumer());
        bondedBook.recordEntry(new BondedEntry(BONDED_BOOK, "E-" + sku, List.of(new BondedEntry.Item(sku,
                HsCode.of((String) product.get("hsCode")), (String) product.get("title"), BigDecimal.TEN))));

        String orderNo = placeAndPay(sku, "FLASH_PURCHASE", "trip-fp");
        awaitDelivered(orderNo);
        assertEquals("1210", call(HttpRequest.GET("/api/customs/declarations/" + orderNo), operator()).get("regime"));
        assertEquals(0, new BigDecimal("9").compareTo(bondedBook.stock(BONDED_BOOK, sku)), "one unit left the bonded book");
    }

    @Test
    void directPurchaseGoesFromTheDomesticWarehouseWithoutCustoms() {
        String orderNo = placeAndPay("DIRECT_PURCHASE", "trip-dp");
        awaitDelivered(orderNo);
        HttpClientResponseException none = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/customs/declarations/" + orderNo).header("Authorization", operator())));
        assertEquals(404, none.getStatus().getCode(), "general trade is not declared per order");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDomesticOrderCancelledAfterItsWaybillWasIssuedIsNotDelivered() {
        // The cancellation races the simulated courier's pickup (a simulated day is 300 ms here): on a loaded machine
        // the parcel can be picked up first, and a SHIPPED order is rightly no longer cancellable. Then a new order
        // tries again; one cancellation after the waybill is what the rule needs.
        String cancelledOrder = null;
        Map<String, Object> cancelled = null;
        for (int attempt = 1; cancelled == null; attempt++) {
            String candidate = placeAndPay(sku("DIRECT_PURCHASE"), "DIRECT_PURCHASE", "trip-cancel-" + attempt, "钱八",
                    "11010519491231002X");
            Eventually.within(Duration.ofSeconds(30), "a waybill issued", () -> trip(candidate) != null
                    && trip(candidate).stream().anyMatch(l -> l.get("waybillNumber") != null));
            try {
                cancelled = call(HttpRequest.POST("/api/purchase/orders/" + candidate + "/cancel",
                        Map.of("reason", "changed my mind")), consumer());
                cancelledOrder = candidate;
            } catch (HttpClientResponseException shippedFirst) {
                assertEquals(422, shippedFirst.getStatus().getCode(), shippedFirst.getResponse().getBody(String.class).orElse(""));
                assertTrue(attempt < 3, "the courier picked up every parcel before its cancellation");
            }
        }
        assertEquals("REFUNDED", cancelled.get("status"));
        String orderNo = cancelledOrder;
        Eventually.within(Duration.ofSeconds(30), "the carrier cancelled the waybill or the parcel had left", () ->
                trip(orderNo).stream().allMatch(l -> List.of("CANCELLED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED").contains(l.get("status"))));
        if (trip(orderNo).stream().allMatch(l -> "CANCELLED".equals(l.get("status")))) {
            assertEquals("REFUNDED", call(HttpRequest.GET("/api/purchase/orders/" + orderNo), consumer()).get("status"),
                    "a cancelled order stays refunded");
        }
    }

    @Test
    void aBuyerWhoseAllowanceWentToOtherPlatformsIsRefusedByCustomsAndRefunded() {
        ChineseIdNumber buyer = ChineseIdNumber.of("440524188001010014");
        int year = ChinaTime.today(clock).getYear();
        sandbox.buyerSpentElsewhere(buyer, Money.cny("25990.00"));

        String orderNo = placeAndPay(sku("DIRECT_MAIL"), "DIRECT_MAIL", "trip-elsewhere", "李四", buyer.value());
        assertTrue(quotas.status(buyer, year).used().isPositive(), "our own ledger saw only our order and let it through");
        Eventually.within(Duration.ofSeconds(60), orderNo + " refunded", () -> "REFUNDED".equals(
                call(HttpRequest.GET("/api/purchase/orders/" + orderNo), consumer()).get("status")));
        Map<String, Object> order = call(HttpRequest.GET("/api/purchase/orders/" + orderNo), consumer());
        assertTrue(String.valueOf(order.get("cancellationReason")).contains("超过年度交易限值"), order.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> customs = (Map<String, Object>) order.get("customs");
        assertEquals("ORDER_REFUSED", customs.get("kind"), order.toString());
        assertEquals("REFUND", customs.get("nextStep"));
        assertTrue(String.valueOf(customs.get("message")).contains("海关"), customs.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> refused = (List<Map<String, Object>>) call(HttpRequest.GET(
                "/api/purchase/operator/orders/refused-by-customs?within=P7D&size=100"), operator()).get("items");
        assertTrue(refused.stream().anyMatch(o -> orderNo.equals(o.get("orderNo"))), "operators see the refusal");
        assertEquals(0, quotas.status(buyer, year).used().amount().signum(), "the reservation is given back");
    }

    private String placeAndPay(String mode, String key) {
        return placeAndPay(sku(mode), mode, key);
    }

    private String placeAndPay(String sku, String mode, String key) {
        return placeAndPay(sku, mode, key, "赵六", "11010519491231002X");
    }

    @SuppressWarnings("unchecked")
    private String placeAndPay(String sku, String mode, String key, String name, String idNumber) {
        Map<String, Object> placed = call(HttpRequest.POST("/api/purchase/checkout", Map.of(
                "lines", List.of(Map.of("sku", sku, "quantity", 1, "mode", mode)),
                "buyer", Map.of("realName", name, "idNumber", idNumber, "phone", "13712345678"),
                "consignee", Map.of("name", name, "phone", "13712345678", "divisionCode", "310115",
                        "address", "上海市浦东新区世纪大道100号"))).header("Idempotency-Key", key), consumer());
        String orderNo = (String) ((List<Map<String, Object>>) placed.get("orders")).get(0).get("orderNo");
        call(HttpRequest.POST("/api/purchase/orders/" + orderNo + "/payment",
                Map.of("payerName", name, "payerIdNumber", idNumber)), consumer());
        return orderNo;
    }

    private void awaitDelivered(String orderNo) {
        Eventually.within(Duration.ofSeconds(90), orderNo + " delivered", () -> "DELIVERED".equals(
                call(HttpRequest.GET("/api/purchase/orders/" + orderNo), consumer()).get("status")));
    }

    /** The first product of the imported catalogue (imported once for the class) that offers {@code mode}. */
    @SuppressWarnings("unchecked")
    private synchronized String sku(String mode) {
        if (products == null) {
            Map<String, Object> run = call(HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "us-spapi-export")), operator());
            Eventually.within(Duration.ofSeconds(60), "the import completes", () -> "COMPLETED".equals(
                    call(HttpRequest.GET("/api/catalog/imports/" + run.get("id")), operator()).get("status")));
            products = (List<Map<String, Object>>) call(HttpRequest.GET("/api/catalog/products?size=100"), consumer()).get("items");
        }
        return products.stream().filter(p -> ((List<?>) p.get("modes")).contains(mode)).map(p -> (String) p.get("sku"))
                .findFirst().orElseThrow(() -> new AssertionError("no product offers " + mode));
    }

    private String operator() {
        return TestTokens.bearer(tokens, "operator-1", Roles.OPERATOR);
    }

    private String consumer() {
        return TestTokens.bearer(tokens, "consumer-zhao", Roles.CONSUMER);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return http.toBlocking().retrieve(request.header("Authorization", token), Map.class);
    }
}
