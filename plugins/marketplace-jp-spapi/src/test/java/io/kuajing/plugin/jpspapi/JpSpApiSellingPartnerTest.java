package io.kuajing.plugin.jpspapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;

/**
 * The Japanese channel's store rules on the shared Selling Partner API client: marketplace A1VC38T7YXB528 on the
 * Far East endpoint, whole yen (a fractional yen or another currency refused without a call), kilograms. The plugin
 * against the simulated Japanese store over HTTP is proven in the app's ExportJourneyTest.
 */
class JpSpApiSellingPartnerTest {

    private static final Map<String, String> SETTINGS = Map.of("seller-id", "A3JPSELLER", "access-token", "Atza|jp-token");

    @Test
    void aListingGoesToTheFarEastEndpointInWholeYenAndKilograms() {
        RecordingTransport transport = new RecordingTransport(request -> json(
                "{\"sku\":\"KJ-JP-1\",\"status\":\"ACCEPTED\",\"submissionId\":\"s1\",\"issues\":[]}"));
        ItemResult result = started(transport).upsertListing(new Listing("KJ-JP-1", "陶瓷茶杯", null, "zh-CN", null,
                Price.of("2480", "JPY"), 12, Map.of(), new BigDecimal("0.255")));

        assertEquals(ItemResult.Outcome.UPDATED, result.outcome());
        HttpTransport.Request put = transport.onlyRequest();
        assertEquals("https://sellingpartnerapi-fe.amazon.com/listings/2021-08-01/items/A3JPSELLER/KJ-JP-1"
                + "?marketplaceIds=A1VC38T7YXB528", put.uri().toString());
        Map<String, Object> attributes = Json.object(Json.object(Json.parse(new String(put.body(), StandardCharsets.UTF_8)))
                .get("attributes"));
        Map<String, Object> weight = Json.object(Json.array(attributes.get("item_package_weight")).get(0));
        // 0.255 kg declared 0.26: rounded up to the hundredth, never under the real weight.
        assertEquals("kilograms", weight.get("unit"));
        assertEquals(new BigDecimal("0.26"), weight.get("value"));
        assertEquals("A1VC38T7YXB528", weight.get("marketplace_id"));
        Map<String, Object> offer = Json.object(Json.array(attributes.get("purchasable_offer")).get(0));
        assertEquals("JPY", offer.get("currency"));
        assertEquals("A1VC38T7YXB528", offer.get("marketplace_id"));
        assertEquals(new BigDecimal("2480"), Json.object(Json.array(Json.object(Json.array(offer.get("our_price")).get(0))
                .get("schedule")).get(0)).get("value_with_tax"));
    }

    @Test
    void aFractionalYenOrADollarPriceIsRefusedWithoutACall() {
        RecordingTransport transport = RecordingTransport.offline();
        JpSpApiSellingPartner plugin = started(transport);

        ItemResult dollars = plugin.upsertListing(new Listing("KJ-JP-2", "茶杯", null, "zh-CN", null, Price.of("15.99", "USD"),
                1, Map.of(), BigDecimal.ONE));
        List<ItemResult> fraction = plugin.pushPriceStock(List.of(new PriceStockUpdate("KJ-JP-2", Price.of("2480.5", "JPY"), null)));

        assertEquals("currency-not-jpy", dollars.messages().get(0).code());
        assertEquals("bad-price", fraction.get(0).messages().get(0).code());
        assertTrue(fraction.get(0).messages().get(0).text().contains("amazon.co.jp"), fraction.toString());
        assertTrue(transport.requests().isEmpty());
    }

    @Test
    void aJapaneseOrderIsReadInYenWithTheUnitPriceOfItsItems() {
        RecordingTransport transport = new RecordingTransport(request -> json(request.uri().getPath().endsWith("/orderItems")
                ? "{\"payload\":{\"AmazonOrderId\":\"249-1234567-1234567\",\"OrderItems\":[{\"ASIN\":\"B000000001\","
                        + "\"SellerSKU\":\"KJ-JP-1\",\"OrderItemId\":\"00000000000001\",\"QuantityOrdered\":3,"
                        + "\"ItemPrice\":{\"CurrencyCode\":\"JPY\",\"Amount\":\"7440\"}}]}}"
                : "{\"payload\":{\"Orders\":[{\"AmazonOrderId\":\"249-1234567-1234567\",\"PurchaseDate\":"
                        + "\"2026-12-06T01:00:00Z\",\"LastUpdateDate\":\"2026-12-06T01:00:00Z\",\"OrderStatus\":\"Unshipped\","
                        + "\"FulfillmentChannel\":\"MFN\",\"MarketplaceId\":\"A1VC38T7YXB528\",\"OrderTotal\":"
                        + "{\"CurrencyCode\":\"JPY\",\"Amount\":\"7440\"},\"ShippingAddress\":{\"CountryCode\":\"JP\"}}]}}"));
        ChannelOrderPage page = started(transport).channelOrders(new ChannelOrderQuery(
                Instant.parse("2026-12-06T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"), null));

        ChannelOrder order = page.orders().get(0);
        assertEquals(List.of(new ChannelOrder.Line("KJ-JP-1", 3, Price.of("2480", "JPY"))), order.lines());
        assertEquals(Price.of("7440", "JPY"), order.total());
        assertEquals("JP", order.shipTo());
        assertEquals(ChannelOrder.Fulfilment.SELLER, order.fulfilment());
        assertTrue(transport.requests().get(0).uri().getQuery().startsWith("MarketplaceIds=A1VC38T7YXB528&"),
                transport.requests().get(0).uri().toString());
    }

    @Test
    void aShipmentConfirmationNamesTheJapaneseStore() {
        RecordingTransport transport = new RecordingTransport(request -> request.method().equals("POST")
                ? new HttpTransport.Response(204, Map.of(), new byte[0])
                : json("{\"payload\":{\"AmazonOrderId\":\"249-1\",\"OrderItems\":[{\"SellerSKU\":\"KJ-JP-1\","
                        + "\"OrderItemId\":\"00000000000001\",\"QuantityOrdered\":1,\"ItemPrice\":{\"CurrencyCode\":\"JPY\","
                        + "\"Amount\":\"2480\"}}]}}"));
        ItemResult result = started(transport).confirmShipment(new ShipmentConfirmation("249-1", "postal-ems",
                "EA300000011CN", Instant.parse("2026-12-06T02:00:00Z")));

        assertEquals(ItemResult.Outcome.UPDATED, result.outcome());
        HttpTransport.Request post = transport.requests().get(1);
        Map<String, Object> body = Json.object(Json.parse(new String(post.body(), StandardCharsets.UTF_8)));
        assertEquals("A1VC38T7YXB528", body.get("marketplaceId"));
        assertEquals("China Post", Json.object(body.get("packageDetail")).get("carrierCode"));
    }

    private static JpSpApiSellingPartner started(HttpTransport transport) {
        JpSpApiSellingPartner plugin = new JpSpApiSellingPartner();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        return plugin;
    }

    private static HttpTransport.Response json(String body) {
        return new HttpTransport.Response(200, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
