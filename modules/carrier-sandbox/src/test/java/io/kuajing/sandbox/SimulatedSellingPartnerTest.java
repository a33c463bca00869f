package io.kuajing.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.tck.SharedReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated Selling Partner API against Amazon's own models (kept outside this repository as shared reference data: docs/export.md, "Amazon's models"): the requests
 * sent here conform to the models' request definitions (checked first), every answer conforms to the definition the
 * model gives for its status, and a request missing a field the model requires is refused.
 */
class SimulatedSellingPartnerTest {

    private static final String ITEM = "/listings/2021-08-01/items/{sellerId}/{sku}";
    private static final String GET_ORDERS = "/orders/v0/orders";
    private static final String CONFIRM = "/orders/v0/orders/{orderId}/shipmentConfirmation";
    private static final String US = SimulatedSellingPartner.US_MARKETPLACE;

    private static CarrierSimulators simulators;
    private static URI base;
    private static String seller;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulators = CarrierSimulators.start(SimulatedClock.manual());
        Map<String, String> settings = simulators.settingsOf(CarrierSimulators.US_SELLING_PARTNER);
        base = URI.create(settings.get("base-url"));
        seller = settings.get("seller-id");
        token = settings.get("access-token");
    }

    @AfterAll
    static void stop() {
        simulators.close();
    }

    @Test
    void aListingPutThenPatchedReadsBackInTheModelsShapeInDollarsAndPounds() throws Exception {
        Map<String, Object> put = putBody("13.49", "0.680");
        assertEquals(List.of(), listings().violations("ListingsItemPutRequest", wire(put)));
        Map<String, Object> submitted = call("PUT", item("KJ-SANDBOX-1"), put, 200, listings().response(ITEM, "put", 200), listings());
        assertEquals("ACCEPTED", submitted.get("status"));

        Map<String, Object> patch = Map.of("productType", "HOME", "patches", List.of(
                Map.of("op", "replace", "path", "/attributes/purchasable_offer", "value", offer("15.99")),
                Map.of("op", "replace", "path", "/attributes/fulfillment_availability", "value", availability(25))));
        assertEquals(List.of(), listings().violations("ListingsItemPatchRequest", wire(patch)));
        assertEquals("ACCEPTED", call("PATCH", item("KJ-SANDBOX-1"), patch, 200, listings().response(ITEM, "patch", 200), listings())
                .get("status"));

        Map<String, Object> item = call("GET", item("KJ-SANDBOX-1") + "&includedData=summaries,attributes,offers,fulfillmentAvailability",
                null, 200, listings().response(ITEM, "get", 200), listings());
        Map<String, Object> offer = PlainJson.first(item.get("offers"));
        assertEquals(Map.of("currencyCode", "USD", "amount", "15.99"), offer.get("price"));
        assertEquals(new BigDecimal(25), PlainJson.first(item.get("fulfillmentAvailability")).get("quantity"));
        assertEquals(List.of("BUYABLE", "DISCOVERABLE"), PlainJson.first(item.get("summaries")).get("status"));
        // The attributes keep the shape of Amazon's own examples: the same keys, the unit word "pounds" for the US store.
        Map<String, Object> examples = PlainJson.object(PlainJson.parse(resource("attribute-examples.json")));
        Map<String, Object> weightExample = PlainJson.first(PlainJson.object(examples.get("item_weight")).get("value"));
        Map<String, Object> weight = PlainJson.first(PlainJson.object(item.get("attributes")).get("item_package_weight"));
        assertEquals(weightExample.keySet(), weight.keySet());
        assertEquals(weightExample.get("unit"), weight.get("unit"));
        assertEquals(PlainJson.first(PlainJson.object(examples.get("fulfillment_availability")).get("value")).keySet(),
                PlainJson.first(PlainJson.object(item.get("attributes")).get("fulfillment_availability")).keySet());
    }

    @Test
    void theUsStoreRefusesKilogramsAndEurosAsIssuesNamingTheAttribute() throws Exception {
        Map<String, Object> put = new LinkedHashMap<>(putBody("13.49", "0.680"));
        Map<String, Object> attributes = new LinkedHashMap<>(PlainJson.object(put.get("attributes")));
        attributes.put("item_package_weight", List.of(Map.of("unit", "kilograms", "value", new BigDecimal("0.3"),
                "marketplace_id", US)));
        attributes.put("purchasable_offer", List.of(Map.of("currency", "EUR", "marketplace_id", US,
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", new BigDecimal("12.00"))))))));
        put.put("attributes", attributes);
        Map<String, Object> answer = call("PUT", item("KJ-SANDBOX-KG"), put, 200, "ListingsItemSubmissionResponse", listings());
        assertEquals("INVALID", answer.get("status"));
        List<Object> named = new ArrayList<>();
        PlainJson.array(answer.get("issues")).forEach(i -> named.addAll(PlainJson.array(PlainJson.object(i).get("attributeNames"))));
        assertEquals(List.of("purchasable_offer", "item_package_weight"), named);
        call("GET", item("KJ-SANDBOX-KG"), null, 404, listings().response(ITEM, "get", 404), listings());
    }

    @Test
    void aListingRequestWithoutAFieldTheModelRequiresIsRefused() throws Exception {
        List<String> required = listings().required("ListingsItemPutRequest");
        assertEquals(List.of("productType", "attributes"), required);
        for (String field : required) {
            Map<String, Object> put = new LinkedHashMap<>(putBody("13.49", "0.680"));
            put.remove(field);
            call("PUT", item("KJ-SANDBOX-2"), put, 400, listings().response(ITEM, "put", 400), listings());
        }
        assertTrue(listings().requiredParameters(ITEM, "put", "query").contains("marketplaceIds"));
        call("PUT", "/listings/2021-08-01/items/" + seller + "/KJ-SANDBOX-2", putBody("13.49", "0.680"), 400,
                listings().response(ITEM, "put", 400), listings());
    }

    @Test
    void ordersArePagedByNextTokenAndTheirItemsPriceTheQuantity() throws Exception {
        Instant before = simulators.clock().instant().minusSeconds(1);
        call("PUT", item("KJ-SANDBOX-3"), putBody("9.99", "0.2"), 200, "ListingsItemSubmissionResponse", listings());
        List<String> placed = List.of(
                simulators.sellingPartner().placeOrder("KJ-SANDBOX-3", 3, "US", false),
                simulators.sellingPartner().placeOrder("KJ-SANDBOX-3", 1, "CA", false),
                simulators.sellingPartner().placeOrder("KJ-SANDBOX-3", 2, "US", true));
        simulators.clock().advance(Duration.ofMinutes(5));

        assertEquals(List.of("MarketplaceIds"), orders().requiredParameters(GET_ORDERS, "get", "query"));
        String query = GET_ORDERS + "?MarketplaceIds=" + US + "&LastUpdatedAfter=" + before + "&MaxResultsPerPage=2";
        Map<String, Object> first = PlainJson.object(call("GET", query, null, 200, "GetOrdersResponse", orders()).get("payload"));
        assertNotNull(first.get("NextToken"));
        Map<String, Object> second = PlainJson.object(call("GET", GET_ORDERS + "?MarketplaceIds=" + US + "&NextToken="
                + first.get("NextToken"), null, 200, "GetOrdersResponse", orders()).get("payload"));
        assertNull(second.get("NextToken"));
        List<Object> orders = new ArrayList<>(PlainJson.array(first.get("Orders")));
        orders.addAll(PlainJson.array(second.get("Orders")));
        // The simulator is shared by this class's tests: orders of the others may be in the window too.
        orders.removeIf(o -> !placed.contains(PlainJson.object(o).get("AmazonOrderId")));
        assertEquals(placed, orders.stream().map(o -> PlainJson.object(o).get("AmazonOrderId")).toList());
        assertEquals(List.of("MFN", "MFN", "AFN"), orders.stream().map(o -> PlainJson.object(o).get("FulfillmentChannel")).toList());
        assertEquals(Map.of("CurrencyCode", "USD", "Amount", "29.97"), PlainJson.object(orders.get(0)).get("OrderTotal"));

        Map<String, Object> items = PlainJson.object(call("GET", GET_ORDERS + "/" + placed.get(0) + "/orderItems", null, 200,
                "GetOrderItemsResponse", orders()).get("payload"));
        Map<String, Object> item = PlainJson.first(items.get("OrderItems"));
        assertEquals(new BigDecimal(3), item.get("QuantityOrdered"));
        assertEquals("29.97", PlainJson.object(item.get("ItemPrice")).get("Amount"));

        call("GET", GET_ORDERS + "?LastUpdatedAfter=" + before, null, 400, orders().response(GET_ORDERS, "get", 400), orders());
        call("GET", GET_ORDERS + "/113-0000000-0000000/orderItems", null, 404, "GetOrderItemsResponse", orders());
    }

    @Test
    void aShipmentConfirmationReachesTheOrderAndOneMissingAModelFieldIsRefused() throws Exception {
        Instant before = simulators.clock().instant().minusSeconds(1);
        call("PUT", item("KJ-SANDBOX-4"), putBody("5.00", "0.1"), 200, "ListingsItemSubmissionResponse", listings());
        String orderId = simulators.sellingPartner().placeOrder("KJ-SANDBOX-4", 1, "US", false);
        Map<String, Object> items = PlainJson.object(call("GET", GET_ORDERS + "/" + orderId + "/orderItems", null, 200,
                "GetOrderItemsResponse", orders()).get("payload"));
        String orderItemId = (String) PlainJson.first(items.get("OrderItems")).get("OrderItemId");
        Map<String, Object> detail = new LinkedHashMap<>(Map.of("packageReferenceId", "1", "carrierCode", "China Post",
                "trackingNumber", "EA300000011CN", "shipDate", "2026-12-06T03:00:00Z",
                "orderItems", List.of(Map.of("orderItemId", orderItemId, "quantity", 1))));

        for (String field : orders().required("PackageDetail")) {
            Map<String, Object> without = new LinkedHashMap<>(detail);
            without.remove(field);
            Map<String, Object> body = Map.of("marketplaceId", US, "packageDetail", without);
            call("POST", GET_ORDERS + "/" + orderId + "/shipmentConfirmation", body, 400,
                    orders().response(CONFIRM, "post", 400), orders());
        }
        Map<String, Object> body = Map.of("marketplaceId", US, "packageDetail", detail);
        assertEquals(List.of(), orders().violations("ConfirmShipmentRequest", wire(body)));
        assertNull(orders().response(CONFIRM, "post", 204));
        call("POST", GET_ORDERS + "/" + orderId + "/shipmentConfirmation", body, 204, null, orders());

        assertEquals("EA300000011CN", simulators.sellingPartner().shipments(orderId).get(0).get("trackingNumber"));
        simulators.clock().advance(Duration.ofMinutes(5));
        Map<String, Object> page = PlainJson.object(call("GET", GET_ORDERS + "?MarketplaceIds=" + US + "&LastUpdatedAfter="
                + before, null, 200, "GetOrdersResponse", orders()).get("payload"));
        Map<String, Object> shipped = PlainJson.array(page.get("Orders")).stream().map(PlainJson::object)
                .filter(o -> o.get("AmazonOrderId").equals(orderId)).findFirst().orElseThrow();
        assertEquals("Shipped", shipped.get("OrderStatus"));
    }

    @Test
    void aCallWithoutTheSellersAccessTokenIsForbidden() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(GET_ORDERS + "?MarketplaceIds=" + US))
                .header("x-amz-access-token", "Atza|guessed").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertEquals(List.of(), orders().violations(orders().response(GET_ORDERS, "get", 403), PlainJson.parse(response.body().getBytes())));
        assertFalse(response.body().contains(token));
    }

    @Test
    void theModelCheckFindsAnAnswerOffTheModel() {
        // The check the tests above rely on, proven on a planted order: a missing required field, a status outside
        // the enum, a field Amazon does not have and an amount as a number where the model says string.
        Object planted = wire(Map.of("AmazonOrderId", "113-0000001-0000001", "PurchaseDate", "2026-12-06T00:00:00Z",
                "OrderStatus", "Sent", "Colour", "red", "OrderTotal", Map.of("CurrencyCode", "USD", "Amount", 12.5)));
        assertEquals(Set.of("Order.LastUpdateDate: required", "Order.OrderStatus: Sent is not one of [Pending, Unshipped, "
                        + "PartiallyShipped, Shipped, Canceled, Unfulfillable, InvoiceUnconfirmed, PendingAvailability]",
                "Order.Colour: not a field of the model", "Order.OrderTotal.Amount: not a string: 12.5"),
                Set.copyOf(orders().violations("Order", planted)));
    }

    private static Map<String, Object> putBody(String price, String pounds) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("item_name", List.of(Map.of("value", "陶瓷茶杯", "language_tag", "zh_CN", "marketplace_id", US)));
        attributes.put("purchasable_offer", offer(price));
        attributes.put("item_package_weight", List.of(Map.of("unit", "pounds", "value", new BigDecimal(pounds),
                "marketplace_id", US)));
        attributes.put("fulfillment_availability", availability(10));
        return new LinkedHashMap<>(Map.of("productType", "HOME", "requirements", "LISTING", "attributes", attributes));
    }

    private static List<Object> offer(String price) {
        return List.of(Map.of("currency", "USD", "marketplace_id", US,
                "our_price", List.of(Map.of("schedule", List.of(Map.of("value_with_tax", new BigDecimal(price)))))));
    }

    private static List<Object> availability(int quantity) {
        return List.of(Map.of("fulfillment_channel_code", "DEFAULT", "quantity", quantity));
    }

    private static String item(String sku) {
        return "/listings/2021-08-01/items/" + seller + "/" + sku + "?marketplaceIds=" + US;
    }

    /** Sends, checks the status and that the answer conforms to {@code definition} (none: no body), returns it. */
    private Map<String, Object> call(String method, String pathAndQuery, Object body, int status, String definition,
                                     SwaggerModel model) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(PlainJson.write(body));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("x-amz-access-token", token).header("Content-Type", "application/json")
                .method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), method + " " + pathAndQuery + ": " + response.body());
        if (definition == null) {
            assertEquals("", response.body());
            return Map.of();
        }
        Object answer = PlainJson.parse(response.body().getBytes());
        assertEquals(List.of(), model.violations(definition, answer), response.body());
        return PlainJson.object(answer);
    }

    /** The body as it travels: JSON numbers read back as exact decimals, as the model is checked against them. */
    private static Object wire(Object body) {
        return PlainJson.parse(PlainJson.write(body).getBytes());
    }

    /** Amazon's models are read where a test checks against them: a test without them is reported as not run. */
    private static SwaggerModel listings() {
        return SwaggerModel.load("listingsItems_2021-08-01.excerpt.json");
    }

    private static SwaggerModel orders() {
        return SwaggerModel.load("ordersV0.excerpt.json");
    }

    private static byte[] resource(String name) {
        return SharedReference.read(SwaggerModel.MODELS, name);
    }
}
