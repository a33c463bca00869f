package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.app.demo.SimulatedPace;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.SentMessageView;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedCnMall;
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
 * Kuajing's store on a Chinese channel end to end, on the real cn-mall plugin JAR loaded from the plugin folder and
 * the simulated TOP-shaped storefront over HTTP: imported products are listed in Chinese at their landed price in
 * each import mode, buyers order and pay on the storefront, the trades are pulled (once) into orders of the listed
 * modes, paid with the channel's payment, and the cross-border ones are declared with the channel as the
 * e-commerce platform (its ebpCode) and the channel's payment company and transaction; once the parcels left, the
 * storefront shows each trade's carrier and tracking number.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelStoreJourneyTest implements WithTestDatabase {

    private static final String BONDED_BOOK = "T3100W000001";
    /** The channel's platform as application-test.yml registers it (kuajing.customs.parties.channel-platform-codes). */
    private static final String CHANNEL_EBP = "3101966KJM";
    private static final List<String> MODES = List.of("DIRECT_PURCHASE", "DIRECT_MAIL", "FLASH_PURCHASE");

    private CarrierSimulators sandbox;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;
    @Inject
    BondedBook bondedBook;
    @Inject
    Declarations declarations;

    @Override
    public Map<String, String> getProperties() {
        // The storefront at the real pace (it stamps trades with the real clock, and the pull's window is real time);
        // the parcels' trips accelerated, a day in 300 ms, so the orders travel and their shipments reach the channel.
        sandbox = CarrierSimulators.start(Duration.ofMillis(300));
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.putAll(sandbox.settings());
        properties.put("kuajing.plugins.dir", ExportJourneyTest.SHIPPED.toString());
        properties.putAll(SimulatedPace.racing());
        // Every customs message is checked against customs' schema before it leaves, where this machine has it.
        TripByModeTest.customsSchema().ifPresent(xsd -> properties.put("kuajing.customs.schema-dir", xsd.toString()));
        return properties;
    }

    @AfterAll
    void stopTheSandbox() {
        sandbox.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void importedProductsAreListedOnTheChannelSoldPulledInEachModeAndDeclaredWithTheChannelAsPlatform() {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
        Map<String, String> skus = skusByMode();
        Map<String, Object> bonded = call(HttpRequest.GET("/api/catalog/products/" + skus.get("FLASH_PURCHASE")));
        bondedBook.recordEntry(new BondedEntry(BONDED_BOOK, "E-CN-MALL", List.of(new BondedEntry.Item(
                skus.get("FLASH_PURCHASE"), HsCode.of((String) bonded.get("hsCode")), (String) bonded.get("title"), BigDecimal.TEN))));

        // Listed in Chinese at the landed price of each mode, as the storefront then shows it.
        Map<String, Map<String, Object>> listed = new LinkedHashMap<>();
        for (String mode : MODES) {
            Map<String, Object> listing = call(HttpRequest.PUT("/api/purchase/channels/cn-mall/listings/" + skus.get(mode),
                    Map.of("mode", mode, "stock", 5)));
            assertEquals(mode, listing.get("mode"));
            Map<String, Object> shown = sandbox.cnMall().item(skus.get(mode));
            Map<String, Object> price = (Map<String, Object>) listing.get("price");
            assertEquals("CNY", price.get("currency"));
            assertEquals(price.get("amount"), shown.get("price"), "the storefront's price is the landed price in yuan");
            assertTrue(((String) listing.get("title")).startsWith((String) shown.get("title")), shown.toString());
            listed.put(mode, listing);
        }
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class, () -> call(
                HttpRequest.PUT("/api/purchase/channels/no-mall/listings/" + skus.get("DIRECT_MAIL"), Map.of("stock", 1))));
        assertEquals(422, unknown.getStatus().getCode());

        // Buyers order and pay on the storefront.
        Map<String, String> tids = new LinkedHashMap<>();
        for (String mode : MODES) {
            tids.put(mode, String.valueOf(sandbox.cnMall().placeOrder(skus.get(mode), 1, new SimulatedCnMall.Buyer(
                    "李四", "440524188001010014", "13912345678", "广东省", "深圳市", "南山区", "科技园路1号 A 座 1201"))));
        }

        String pulls = "/api/purchase/channels/cn-mall/order-pulls";
        Map<String, Object> first = call(HttpRequest.POST(pulls, Map.of("since", start.toString())));
        assertTrue(first.get("taken") instanceof List<?>, first.toString());
        List<Map<String, Object>> taken = (List<Map<String, Object>>) first.get("taken");
        assertEquals(3, taken.size(), first.toString());
        Map<String, Object> again = call(HttpRequest.POST(pulls, Map.of("since", start.toString())));
        // Empty lists are left out of an answer (the API's JSON omits empty values).
        assertEquals(null, again.get("taken"), "one order per trade however often it is pulled: " + again);
        assertEquals(3, ((List<?>) again.get("known")).size());

        for (String mode : MODES) {
            String orderNo = (String) taken.stream().filter(t -> tids.get(mode).equals(t.get("channelOrderId")))
                    .findFirst().orElseThrow().get("orderNo");
            Map<String, Object> order = call(HttpRequest.GET("/api/purchase/operator/orders/" + orderNo));
            assertEquals(mode, order.get("mode"));
            assertEquals(((Map<String, Object>) listed.get(mode).get("price")).get("amount"),
                    ((Map<String, Object>) order.get("total")).get("amount"), "the order costs what the buyer paid");
            assertEquals("440305", ((Map<String, Object>) order.get("consignee")).get("divisionCode"),
                    "南山区 of 深圳市, 广东省, by name");
            assertFalse(order.toString().contains("440524188001010014"), "the buyer is masked");
            if (mode.equals("DIRECT_PURCHASE")) {
                continue; // general trade: not declared per order
            }
            Eventually.within(Duration.ofSeconds(90), orderNo + " declared", () -> !declarations.messages(orderNo).isEmpty());
            SentMessageView ceb311 = declarations.messages(orderNo).stream()
                    .filter(m -> m.messageType().equals("CEB311")).findFirst().orElseThrow();
            assertTrue(ceb311.xml().contains("<ceb:ebpCode>" + CHANNEL_EBP + "</ceb:ebpCode>")
                    && ceb311.xml().contains("<ceb:payCode>" + SimulatedCnMall.PAY_COMPANY_CODE + "</ceb:payCode>")
                    && ceb311.xml().contains("<ceb:payTransactionId>2026" + tids.get(mode) + "</ceb:payTransactionId>"),
                    ceb311.xml());
            SentMessageView ceb621 = declarations.messages(orderNo).stream()
                    .filter(m -> m.messageType().equals("CEB621")).findFirst().orElseThrow();
            assertTrue(ceb621.xml().contains("<ceb:ebpCode>" + CHANNEL_EBP + "</ceb:ebpCode>"), ceb621.xml());
            assertEquals(mode.equals("FLASH_PURCHASE") ? "1210" : "9610",
                    call(HttpRequest.GET("/api/customs/declarations/" + orderNo)).get("regime"));
        }

        // The orders travel: once each parcel left, the storefront shows its buyer the carrier and tracking number the
        // order shipped with (taobao.logistics.offline.send), once.
        for (String mode : MODES) {
            long tid = Long.parseLong(tids.get(mode));
            String orderNo = (String) taken.stream().filter(t -> tids.get(mode).equals(t.get("channelOrderId")))
                    .findFirst().orElseThrow().get("orderNo");
            Eventually.within(Duration.ofSeconds(120), "trade " + tid + " (" + mode + ") shipped on the storefront",
                    () -> SimulatedCnMall.SHIPPED.equals(sandbox.cnMall().trade(tid).get("status")));
            Map<String, Object> order = call(HttpRequest.GET("/api/purchase/operator/orders/" + orderNo));
            Map<String, Object> trade = sandbox.cnMall().trade(tid);
            assertEquals(order.get("waybillNumber"), trade.get("out_sid"), "the tracking number the order shipped with");
            Map<String, Object> leg = ((List<Map<String, Object>>) order.get("trip")).stream()
                    .filter(l -> trade.get("out_sid").equals(l.get("waybillNumber"))).findFirst().orElseThrow();
            assertEquals(leg.get("carrier").equals("postal-ems") ? List.of("EMS", "EMS") : List.of("OTHER", leg.get("carrier")),
                    List.of(trade.get("company_code"), trade.get("company_name")), trade.toString());
        }

        Map<String, Object> parked = http.toBlocking().retrieve(HttpRequest.GET("/api/customs/parked")
                .header("Authorization", operator()), Map.class);
        assertEquals(List.of(), parked.get("items"), "every message left conforming to customs' schema");
    }

    /** One product of the imported sample catalogue per mode (imported once, through its plugin). */
    @SuppressWarnings("unchecked")
    private Map<String, String> skusByMode() {
        Map<String, Object> run = call(HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "us-spapi-export")));
        Eventually.within(Duration.ofSeconds(60), "the import completes", () -> "COMPLETED".equals(
                call(HttpRequest.GET("/api/catalog/imports/" + run.get("id"))).get("status")));
        List<Map<String, Object>> products = (List<Map<String, Object>>) call(HttpRequest.GET("/api/catalog/products?size=100")).get("items");
        Map<String, String> skus = new LinkedHashMap<>();
        for (String mode : MODES) {
            skus.put(mode, products.stream().filter(p -> ((List<?>) p.get("modes")).contains(mode))
                    .map(p -> (String) p.get("sku")).filter(sku -> !skus.containsValue(sku)).findFirst()
                    .orElseThrow(() -> new AssertionError("no product offers " + mode)));
        }
        return skus;
    }

    private String operator() {
        return TestTokens.bearer(tokens, "operator-1", Roles.OPERATOR);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.header("Authorization", operator()), Map.class);
    }
}
