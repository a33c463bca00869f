package io.kuajing.plugin.usspapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.Json;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import io.kuajing.plugin.tck.RecordingTransport;
import io.kuajing.plugin.tck.SharedReference;
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;

/**
 * The US channel plugin's mapping: Amazon's own sandbox answers (kept outside this repository as shared reference data: docs/export.md, "Amazon's models") read as channel
 * orders, the US store's units on the way out (USD, pounds), refusals that need no network. The plugin against the
 * simulated store over HTTP is proven in the app's ExportJourneyTest.
 */
class SpApiSellingPartnerTest {

    private static final Map<String, String> SETTINGS = Map.of("base-url", "https://sp.test", "seller-id", "A2SELLER",
            "access-token", "Atza|test-token");

    @Test
    void amazonsSandboxOrderBecomesAChannelOrderWithTheUnitPriceOfItsItems() {
        RecordingTransport transport = new RecordingTransport(request -> json(200, sandboxAnswer(
                request.uri().getPath().endsWith("/orderItems") ? "getOrderItems-TEST_CASE_200.json" : "getOrders-TEST_CASE_200.json")));
        ChannelOrderPage page = started(transport).channelOrders(new ChannelOrderQuery(
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("1970-02-01T00:00:00Z"), null));

        ChannelOrder order = page.orders().get(0);
        assertEquals("902-1845936-5435065", order.externalId());
        assertEquals(Instant.parse("1970-01-19T03:58:30Z"), order.placedAt());
        assertEquals("Unshipped", order.status());
        assertEquals(ChannelOrder.Fulfilment.SELLER, order.fulfilment());
        assertNull(order.shipTo(), "the sandbox order carries no shipping address");
        assertEquals(Price.of("11.01", "USD"), order.total());
        assertEquals(List.of(new ChannelOrder.Line("NABetaASINB00551Q3CS", 1, Price.of("10.00", "USD"))), order.lines());
        assertNull(page.nextCursor());
        HttpTransport.Request first = transport.requests().get(0);
        assertEquals("MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=1970-01-01T00:00:00Z&LastUpdatedBefore=1970-02-01T00:00:00Z",
                first.uri().getQuery());
        assertEquals(List.of("Atza|test-token"), first.headers().get("x-amz-access-token"));
        assertEquals("/orders/v0/orders/902-1845936-5435065/orderItems", transport.requests().get(1).uri().getPath());
    }

    @Test
    void aListingGoesOutInDollarsAndPoundsConvertedFromKilograms() {
        RecordingTransport transport = new RecordingTransport(request -> json(200,
                "{\"sku\":\"KJ-1\",\"status\":\"ACCEPTED\",\"submissionId\":\"s1\",\"issues\":[]}"));
        ItemResult result = started(transport).upsertListing(new Listing("KJ-1", "陶瓷茶杯", null, "zh-CN", null,
                Price.of("15.99", "USD"), 12, Map.of(), new BigDecimal("0.68")));

        assertEquals(ItemResult.Outcome.UPDATED, result.outcome());
        HttpTransport.Request put = transport.onlyRequest();
        assertEquals("PUT", put.method());
        assertEquals("/listings/2021-08-01/items/A2SELLER/KJ-1", put.uri().getPath());
        Map<String, Object> attributes = Json.object(Json.object(Json.parse(new String(put.body(), StandardCharsets.UTF_8)))
                .get("attributes"));
        Map<String, Object> weight = Json.object(Json.array(attributes.get("item_package_weight")).get(0));
        // 0.68 kg / 0.45359237 kg per lb = 1.4991... lb, declared as 1.50 (rounded up, never under the real weight).
        assertEquals("pounds", weight.get("unit"));
        assertEquals(new BigDecimal("1.50"), weight.get("value"));
        Map<String, Object> offer = Json.object(Json.array(attributes.get("purchasable_offer")).get(0));
        assertEquals("USD", offer.get("currency"));
        assertEquals(new BigDecimal("15.99"), Json.object(Json.array(Json.object(Json.array(offer.get("our_price")).get(0))
                .get("schedule")).get(0)).get("value_with_tax"));
        assertEquals(new BigDecimal("12"), Json.object(Json.array(attributes.get("fulfillment_availability")).get(0)).get("quantity"));
    }

    @Test
    void pricesOutsideUsdAndCarriersAmazonDoesNotKnowAreRefusedWithoutACall() {
        RecordingTransport transport = RecordingTransport.offline();
        SpApiSellingPartner plugin = started(transport);

        ItemResult listing = plugin.upsertListing(new Listing("KJ-2", "茶杯", null, "zh-CN", null, Price.of("99.00", "CNY"),
                1, Map.of(), BigDecimal.ONE));
        List<ItemResult> prices = plugin.pushPriceStock(List.of(new PriceStockUpdate("KJ-2", Price.of("9.999", "USD"), null)));
        ItemResult shipment = plugin.confirmShipment(new ShipmentConfirmation("113-0000001-0000001", "aerolink", "AL1",
                Instant.parse("2026-12-06T00:00:00Z")));

        assertEquals("currency-not-usd", listing.messages().get(0).code());
        assertEquals("bad-price", prices.get(0).messages().get(0).code());
        assertEquals(ItemResult.Outcome.REJECTED, shipment.outcome());
        assertEquals("carrier-unmapped", shipment.messages().get(0).code());
        assertTrue(transport.requests().isEmpty());
    }

    @Test
    void amazonsIssuesComeBackAsARejectionNamingTheAttribute() {
        RecordingTransport transport = new RecordingTransport(request -> json(200, "{\"sku\":\"KJ-3\",\"status\":\"INVALID\","
                + "\"submissionId\":\"s2\",\"issues\":[{\"code\":\"90220\",\"message\":\"'item_name' is required but not "
                + "supplied.\",\"severity\":\"ERROR\",\"attributeNames\":[\"item_name\"]}]}"));
        ItemResult result = started(transport).pushPriceStock(List.of(new PriceStockUpdate("KJ-3", null, 4))).get(0);

        assertEquals(ItemResult.Outcome.REJECTED, result.outcome());
        assertEquals("channel-issue", result.messages().get(0).code());
        assertTrue(result.messages().get(0).text().contains("item_name"), result.messages().toString());
        assertEquals("PATCH", transport.onlyRequest().method());
    }

    @Test
    void aSellerFulfilledOrderCarriesTheBuyersAddressFromGetOrderAddress() {
        RecordingTransport transport = new RecordingTransport(request -> json(200, switch (request.uri().getPath()) {
            case "/orders/v0/orders/111-0000001-0000001/orderItems" -> "{\"payload\":{\"OrderItems\":[{\"SellerSKU\":"
                    + "\"KJ-1\",\"OrderItemId\":\"1\",\"QuantityOrdered\":1,\"ItemPrice\":{\"CurrencyCode\":\"USD\","
                    + "\"Amount\":\"15.99\"}}]}}";
            case "/orders/v0/orders/111-0000001-0000001/address" -> "{\"payload\":{\"AmazonOrderId\":"
                    + "\"111-0000001-0000001\",\"ShippingAddress\":{\"Name\":\"Jane Doe\",\"AddressLine1\":"
                    + "\"410 Terry Ave N\",\"AddressLine2\":\"Apt 5\",\"City\":\"Seattle\",\"StateOrRegion\":\"WA\","
                    + "\"PostalCode\":\"98109-5210\",\"CountryCode\":\"US\",\"Phone\":\"+1 206-555-0100\"}}}";
            default -> "{\"payload\":{\"Orders\":[{\"AmazonOrderId\":\"111-0000001-0000001\",\"PurchaseDate\":"
                    + "\"2026-12-06T01:00:00Z\",\"LastUpdateDate\":\"2026-12-06T01:00:00Z\",\"OrderStatus\":"
                    + "\"Unshipped\",\"FulfillmentChannel\":\"MFN\",\"ShippingAddress\":{\"CountryCode\":\"US\"}}]}}";
        }));
        ChannelOrder order = started(transport).channelOrders(new ChannelOrderQuery(
                Instant.parse("2026-12-06T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"), null)).orders().get(0);

        assertEquals(new ChannelOrder.Delivery("Jane Doe", "+1 206-555-0100", "WA", "Seattle", null,
                "410 Terry Ave N Apt 5", "98109-5210"), order.delivery());
        assertTrue(!order.toString().contains("Terry") && !order.toString().contains("Jane Doe"), order.toString());
    }

    private static SpApiSellingPartner started(HttpTransport transport) {
        SpApiSellingPartner plugin = new SpApiSellingPartner();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        return plugin;
    }

    private static HttpTransport.Response json(int status, String body) throws IOException {
        return new HttpTransport.Response(status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** One of Amazon's own sandbox answers; without them on this machine the test is reported as not run. */
    private static String sandboxAnswer(String name) {
        return new String(SharedReference.read("amazon-sp-api/sandbox", name), StandardCharsets.UTF_8);
    }
}
