package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import io.kuajing.export.domain.SettlementRates;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.platform.testing.SqlCount;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.Price;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Selling on a marketplace over real HTTP and a real database, against {@link FakeChannel}: publishing, price and
 * stock, pulling orders (one export order per marketplace order), shipment confirmations, and every refusal changing
 * nothing.
 */
class MarketplaceSellingControllerTest extends ExportRoutesTest {

    @Inject
    TestExtensions extensions;
    @Inject
    SettlementRates rates;

    String vendorId;

    @BeforeAll
    void vendorWithListings() {
        vendorId = (String) call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91350100M000100Y43", "深圳市安克创新科技有限公司"))))
                .get("vendorId");
        for (String sku : List.of("ANK-PB-10K", "DOWN-1")) {
            call(asOperator(HttpRequest.PUT("/api/export/vendors/" + vendorId + "/listings", listing(sku, "8507600020", false))));
        }
    }

    String publication(String sku, String marketplace) {
        return "/api/export/vendors/" + vendorId + "/listings/" + sku + "/marketplaces/" + marketplace;
    }

    @Test
    void aListingIsPublishedWithItsPriceStockAndWeightThenItsPriceChanges() {
        Map<String, Object> push = call(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("price", 19.99, "currency", "USD", "stock", 40))));
        assertEquals("LISTING", push.get("kind"));
        assertMoney("19.99", "USD", push.get("price"));
        assertEquals(40, push.get("stock"));
        var sent = extensions.channel.listings.get("ANK-PB-10K");
        assertEquals("便携式锂电池充电宝 10000mAh", sent.title());
        assertEquals("zh-CN", sent.language());
        assertEquals(Price.of("19.99", "USD"), sent.price());
        assertEquals(0, new BigDecimal("0.25").compareTo(sent.weightKg()));

        Map<String, Object> change = call(asOperator(HttpRequest.PATCH(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("stock", 12))));
        assertEquals("PRICE_STOCK", change.get("kind"));
        // The latest update: the class's other tests may have pushed before.
        var update = extensions.channel.updates.get(extensions.channel.updates.size() - 1);
        assertEquals(12, update.stock());
        assertEquals(null, update.price());

        List<Map<String, Object>> pushes = items(call(asOperator(HttpRequest.GET("/api/export/vendors/" + vendorId + "/marketplace-pushes"))));
        // The latest first; the class's other tests may have pushed before.
        assertEquals(List.of("PRICE_STOCK", "LISTING"), pushes.stream().map(p -> p.get("kind")).toList().subList(0, 2));
    }

    @Test
    void refusedPublicationsNameTheRuleAndRecordNothing() {
        int before = SqlCount.of(tx, "SELECT COUNT(*) FROM export_marketplace_push");
        var unknown = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", "no-such-market"),
                Map.of("price", 19.99, "currency", "USD", "stock", 1)))));
        assertEquals(List.of("marketplace", "sales-channel"), List.of(unknown.get("field"), unknown.get("rule")));
        var scale = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("price", 19.999, "currency", "USD", "stock", 1)))));
        assertEquals(List.of("price", "currency-scale"), List.of(scale.get("field"), scale.get("rule")));
        var byMarketplace = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("price", 130, "currency", "CNY", "stock", 1)))));
        assertEquals(List.of("marketplace", "currency-not-usd"), List.of(byMarketplace.get("field"), byMarketplace.get("rule")));
        var notTheirs = violation(refused(asOperator(HttpRequest.PUT(publication("OTHER-SKU", FakeChannel.ID),
                Map.of("price", 1, "currency", "USD", "stock", 1)))));
        assertEquals("listed-by-vendor", notTheirs.get("rule"));

        var down = refused(asOperator(HttpRequest.PUT(publication("DOWN-1", FakeChannel.ID),
                Map.of("price", 1, "currency", "USD", "stock", 1))));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, down.getStatus());
        assertEquals("partner-unavailable", violation(down).get("rule"));
        assertTrue(!String.valueOf(violation(down).get("message")).contains("channel down"), "the plugin's own text stays out");
        assertEquals(before, SqlCount.of(tx, "SELECT COUNT(*) FROM export_marketplace_push"));
    }

    @Test
    void aCnyPriceIsConvertedAtTheDaysSettlementRateIntoTheMarketplacesCurrency() {
        SettlementRates.Rate dollar = rates.on(Currency.getInstance("USD"), ChinaTime.today(Clock.systemUTC()), "test");
        Map<String, Object> push = call(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("priceCny", 113.60, "currency", "USD", "stock", 40))));

        // CNY per dollar from config/export/settlement-fx-rates.csv, rounded once to the cent.
        BigDecimal dollars = new BigDecimal("113.60").divide(dollar.cnyPerUnit(), 2, RoundingMode.HALF_UP);
        assertMoney(dollars.toPlainString(), "USD", push.get("price"));
        assertMoney("113.60", "CNY", push.get("priceCny"));
        assertAmount(dollar.cnyPerUnit().toPlainString(), push.get("fxRate"));
        assertEquals(dollar.effectiveFrom().toString(), push.get("fxRateFrom"));
        assertEquals(Price.of(dollars.toPlainString(), "USD"), extensions.channel.listings.get("ANK-PB-10K").price());
        Map<String, Object> change = call(asOperator(HttpRequest.PATCH(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("priceCny", 71, "currency", "USD"))));
        assertMoney(new BigDecimal("71").divide(dollar.cnyPerUnit(), 2, RoundingMode.HALF_UP).toPlainString(), "USD",
                change.get("price"));
        // Kept with the push: the vendor's pushes show the CNY price and the rate of the latest change.
        Map<String, Object> latest = items(call(asOperator(HttpRequest.GET("/api/export/vendors/" + vendorId
                + "/marketplace-pushes")))).get(0);
        assertMoney("71.00", "CNY", latest.get("priceCny"));
        assertAmount(dollar.cnyPerUnit().toPlainString(), latest.get("fxRate"));
        assertEquals(dollar.effectiveFrom().toString(), latest.get("fxRateFrom"));
    }

    @Test
    void aCnyPriceWithoutARateOrBesideAPriceIsRefusedNamingTheField() {
        int before = SqlCount.of(tx, "SELECT COUNT(*) FROM export_marketplace_push");
        var both = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("price", 16, "priceCny", 113.60, "currency", "USD", "stock", 1)))));
        assertEquals(List.of("priceCny", "price-or-price-cny"), List.of(both.get("field"), both.get("rule")));
        var bothChanged = violation(refused(asOperator(HttpRequest.PATCH(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("price", 16, "priceCny", 113.60, "currency", "USD")))));
        assertEquals("price-or-price-cny", bothChanged.get("rule"));
        // No pound sterling in the settlement table: no rate is guessed.
        var noRate = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("priceCny", 113.60, "currency", "GBP", "stock", 1)))));
        assertEquals(List.of("priceCny", "fx-rate-missing"), List.of(noRate.get("field"), noRate.get("rule")));
        var fen = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("priceCny", 113.605, "currency", "USD", "stock", 1)))));
        assertEquals(List.of("priceCny", "currency-scale"), List.of(fen.get("field"), fen.get("rule")));
        var neither = violation(refused(asOperator(HttpRequest.PUT(publication("ANK-PB-10K", FakeChannel.ID),
                Map.of("currency", "USD", "stock", 1)))));
        assertEquals(List.of("price", "required"), List.of(neither.get("field"), neither.get("rule")));
        assertEquals(before, SqlCount.of(tx, "SELECT COUNT(*) FROM export_marketplace_push"));
    }

    @Test
    void pulledOrdersBecomeOneExportOrderEachAndAShipmentIsConfirmedOnce() {
        Instant placed = Instant.parse("2026-03-01T15:30:00Z");
        Price price = Price.of("19.99", "USD");
        extensions.channel.orders.addAll(List.of(
                order("P-1", "Unshipped", "US", ChannelOrder.Fulfilment.SELLER, "ANK-PB-10K", placed, price),
                order("P-2", "Shipped", "JP", ChannelOrder.Fulfilment.CHANNEL, "ANK-PB-10K", placed, price),
                order("P-3", "Pending", "US", ChannelOrder.Fulfilment.SELLER, "ANK-PB-10K", placed, price),
                order("P-4", "Unshipped", "US", ChannelOrder.Fulfilment.SELLER, "NOT-LISTED", placed, price)));
        String pulls = "/api/export/marketplaces/" + FakeChannel.ID + "/order-pulls";
        Map<String, Object> window = Map.of("since", "2026-03-01T00:00:00Z", "until", "2026-03-02T00:00:00Z");

        Map<String, Object> first = call(asOperator(HttpRequest.POST(pulls, window)));
        List<Map<String, Object>> taken = list(first.get("taken"));
        assertEquals(List.of("P-1", "P-2"), taken.stream().map(o -> o.get("marketplaceOrderId")).toList());
        assertEquals(List.of("9610", "9810"), taken.stream().map(o -> o.get("mode")).toList());
        assertEquals(List.of("US", "JP"), taken.stream().map(o -> o.get("destination")).toList());
        assertMoney("19.99", "USD", taken.get(0).get("sales"));
        assertEquals(Map.of("P-3", "not-sold", "P-4", "sku-listed"), Map.of(
                list(first.get("skipped")).get(0).get("marketplaceOrderId"), list(first.get("skipped")).get(0).get("rule"),
                list(first.get("skipped")).get(1).get("marketplaceOrderId"), list(first.get("skipped")).get(1).get("rule")));
        Map<String, Object> again = call(asOperator(HttpRequest.POST(pulls, window)));
        assertEquals(List.of(), list(again.get("taken")), "empty lists are left out of answers");
        assertEquals(taken.stream().map(o -> o.get("orderNo")).toList(),
                list(again.get("known")).stream().map(o -> o.get("orderNo")).toList());

        String direct = "/api/export/orders/" + taken.get(0).get("orderNo") + "/shipment-confirmations";
        Map<String, Object> shipment = Map.of("carrier", "postal-ems", "trackingNumber", "EA300000011CN");
        HttpResponse<Map> confirmed = http.toBlocking().exchange(asOperator(HttpRequest.POST(direct, shipment)), Map.class);
        assertEquals(HttpStatus.CREATED, confirmed.getStatus());
        assertEquals("P-1", extensions.channel.confirmations.get(0).externalOrderId());
        assertEquals("EA300000011CN", extensions.channel.confirmations.get(0).trackingNumber());
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(asOperator(HttpRequest.POST(direct, shipment)), Map.class).getStatus());
        assertEquals(1, extensions.channel.confirmations.size(), "a repeat is answered from the record");
        assertEquals("SHIPPED", call(asOperator(HttpRequest.GET("/api/export/orders/" + taken.get(0).get("orderNo")))).get("status"));
        var other = refused(asOperator(HttpRequest.POST(direct, Map.of("carrier", "postal-ems", "trackingNumber", "EA300000025CN"))));
        assertEquals(HttpStatus.CONFLICT, other.getStatus());
        var warehouse = violation(refused(asOperator(HttpRequest.POST("/api/export/orders/" + taken.get(1).get("orderNo")
                + "/shipment-confirmations", shipment))));
        assertEquals("shipped-by-marketplace", warehouse.get("rule"));
        var tooLong = violation(refused(asOperator(HttpRequest.POST(pulls, Map.of("since", "2026-01-01T00:00:00Z",
                "until", "2026-03-02T00:00:00Z")))));
        assertEquals(List.of("since", "window-length"), List.of(tooLong.get("field"), tooLong.get("rule")));
    }

    private static ChannelOrder order(String id, String status, String country, ChannelOrder.Fulfilment by, String sku,
                                      Instant placed, Price price) {
        return new ChannelOrder(id, placed, placed, status, List.of(new ChannelOrder.Line(sku, 1, price)), price, country, by);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
