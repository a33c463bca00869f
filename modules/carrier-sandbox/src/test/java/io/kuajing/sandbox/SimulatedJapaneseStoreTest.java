package io.kuajing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated amazon.co.jp store, the same Selling Partner API with the Japanese store's rules: marketplace
 * A1VC38T7YXB528, offers in whole yen (a fractional yen is an issue naming purchasable_offer), package weights in
 * kilograms (pounds are an issue naming item_package_weight), orders of Amazon.co.jp totalled in yen; and, where
 * Amazon's models are on this machine (docs/export.md, "Amazon's models"), its requests and answers against them.
 */
class SimulatedJapaneseStoreTest {

    private static final String JP = "A1VC38T7YXB528";

    private static CarrierSimulators simulators;
    private static URI base;
    private static String seller;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulators = CarrierSimulators.start(SimulatedClock.manual());
        Map<String, String> settings = simulators.settingsOf(CarrierSimulators.JP_SELLING_PARTNER);
        base = URI.create(settings.get("base-url"));
        seller = settings.get("seller-id");
        token = settings.get("access-token");
    }

    @AfterAll
    static void stop() {
        simulators.close();
    }

    @Test
    void aFractionalYenAndPoundsAreIssuesNamingTheirAttributes() throws Exception {
        Map<String, Object> answer = call("PUT", item("KJ-JP-SANDBOX-1"), putBody("2480.50", "pounds"), 200);

        assertEquals("INVALID", answer.get("status"));
        List<Object> named = new ArrayList<>();
        PlainJson.array(answer.get("issues")).forEach(i -> named.addAll(PlainJson.array(PlainJson.object(i).get("attributeNames"))));
        assertEquals(List.of("purchasable_offer", "item_package_weight"), named);
        call("GET", item("KJ-JP-SANDBOX-1"), null, 404);
    }

    @Test
    void aDollarOfferIsRefusedAndTheUsMarketplaceIdIsNotThisStore() throws Exception {
        Map<String, Object> put = putBody("2480", "kilograms");
        Map<String, Object> attributes = PlainJson.object(put.get("attributes"));
        attributes.put("purchasable_offer", List.of(Map.of("currency", "USD", "marketplace_id", JP,
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", new BigDecimal("16"))))))));

        assertEquals("INVALID", call("PUT", item("KJ-JP-SANDBOX-2"), put, 200).get("status"));
        call("PUT", "/listings/2021-08-01/items/" + seller + "/KJ-JP-SANDBOX-2?marketplaceIds=ATVPDKIKX0DER",
                putBody("2480", "kilograms"), 400);
    }

    @Test
    void aWholeYenListingInKilogramsSellsAndTheOrderIsInYen() throws Exception {
        Instant before = simulators.clock().instant().minusSeconds(1);
        assertEquals("ACCEPTED", call("PUT", item("KJ-JP-SANDBOX-3"), putBody("2480", "kilograms"), 200).get("status"));
        String orderId = simulators.sellingPartner(CarrierSimulators.JP_SELLING_PARTNER).placeOrder("KJ-JP-SANDBOX-3", 3, "JP", false);

        Map<String, Object> payload = PlainJson.object(call("GET", "/orders/v0/orders?MarketplaceIds=" + JP
                + "&LastUpdatedAfter=" + before + "&LastUpdatedBefore=" + simulators.clock().instant().plusSeconds(1), null, 200)
                .get("payload"));
        // The simulator is shared by this class's tests: orders of the others may be in the window too.
        Map<String, Object> order = PlainJson.array(payload.get("Orders")).stream().map(PlainJson::object)
                .filter(o -> orderId.equals(o.get("AmazonOrderId"))).findFirst().orElseThrow();
        assertEquals("Amazon.co.jp", order.get("SalesChannel"));
        assertEquals(JP, order.get("MarketplaceId"));
        assertEquals(Map.of("CurrencyCode", "JPY", "Amount", "7440"), order.get("OrderTotal"));
        Map<String, Object> items = PlainJson.object(call("GET", "/orders/v0/orders/" + orderId + "/orderItems", null, 200)
                .get("payload"));
        assertEquals(Map.of("CurrencyCode", "JPY", "Amount", "7440"), PlainJson.first(items.get("OrderItems")).get("ItemPrice"));
        assertEquals(List.of(), simulators.sellingPartner().shipments(orderId), "the US store has no such order");
    }

    @Test
    void theJapaneseStoresRequestsAndAnswersConformToAmazonsModels() throws Exception {
        // Amazon's models are read here: without them on this machine the test is reported as not run.
        SwaggerModel listings = SwaggerModel.load("listingsItems_2021-08-01.excerpt.json");
        SwaggerModel orders = SwaggerModel.load("ordersV0.excerpt.json");
        Instant before = simulators.clock().instant().minusSeconds(1);
        Map<String, Object> put = putBody("1980", "kilograms");
        assertEquals(List.of(), listings.violations("ListingsItemPutRequest", wire(put)));
        assertEquals(List.of(), listings.violations("ListingsItemSubmissionResponse",
                call("PUT", item("KJ-JP-SANDBOX-4"), put, 200)));
        String orderId = simulators.sellingPartner(CarrierSimulators.JP_SELLING_PARTNER).placeOrder("KJ-JP-SANDBOX-4", 2, "JP", true);

        assertEquals(List.of(), orders.violations("GetOrdersResponse", call("GET", "/orders/v0/orders?MarketplaceIds=" + JP
                + "&LastUpdatedAfter=" + before + "&LastUpdatedBefore=" + simulators.clock().instant().plusSeconds(1), null, 200)));
        assertEquals(List.of(), orders.violations("GetOrderItemsResponse",
                call("GET", "/orders/v0/orders/" + orderId + "/orderItems", null, 200)));
    }

    /** The body as it travels: JSON numbers read back as exact decimals, as the model is checked against them. */
    private static Object wire(Object body) {
        return PlainJson.parse(PlainJson.write(body).getBytes());
    }

    private static Map<String, Object> putBody(String yen, String weightUnit) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("item_name", List.of(Map.of("value", "陶瓷茶杯", "language_tag", "zh_CN", "marketplace_id", JP)));
        attributes.put("purchasable_offer", List.of(Map.of("currency", "JPY", "marketplace_id", JP,
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", new BigDecimal(yen))))))));
        attributes.put("item_package_weight", List.of(Map.of("unit", weightUnit, "value", new BigDecimal("0.26"),
                "marketplace_id", JP)));
        attributes.put("fulfillment_availability", List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", 10)));
        return new LinkedHashMap<>(Map.of("productType", "HOME", "requirements", "LISTING", "attributes", attributes));
    }

    private static String item(String sku) {
        return "/listings/2021-08-01/items/" + seller + "/" + sku + "?marketplaceIds=" + JP;
    }

    private Map<String, Object> call(String method, String pathAndQuery, Object body, int status)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(PlainJson.write(body));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("x-amz-access-token", token).header("Content-Type", "application/json")
                .method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), method + " " + pathAndQuery + ": " + response.body());
        return PlainJson.object(PlainJson.parse(response.body().getBytes()));
    }
}
