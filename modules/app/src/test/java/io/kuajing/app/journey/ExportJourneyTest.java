package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedClock;
import io.kuajing.sandbox.SimulatedSellingPartner;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Global selling end to end, on the real US plugin JAR loaded from the plugin folder and the simulated Selling
 * Partner API over HTTP: a vendor is onboarded and lists a product, the listing is published and read back from the
 * marketplace in dollars and pounds, a 9810 consignment of it to an overseas warehouse is declared to customs (the
 * sandbox single window) and becomes stock abroad, buyers order on the marketplace, the orders are pulled into export
 * orders (once), the 9810 one drawing on that stock, the 9610 parcel is declared to customs and its order DECLARED
 * on acceptance, reported arrived at the export supervision site and departed (ARRIVED, DEPARTED on customs'
 * acceptance of each report), its shipment
 * confirmation with its tracking number reaches the marketplace, and the sale shows in the report.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportJourneyTest implements WithTestDatabase {

    static final Path SHIPPED = Path.of("target", "kuajing", "plugins");
    private static final String US = SimulatedSellingPartner.US_MARKETPLACE;

    private final CarrierSimulators sandbox = CarrierSimulators.start(SimulatedClock.manual());
    private final java.net.http.HttpClient outside = java.net.http.HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.createDefault();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        return onShippedPlugins(WithTestDatabase.super.getProperties(), sandbox);
    }

    /**
     * The test database's properties with the reference plugin JARs the build copied, pointed at the simulators;
     * every export message is checked against customs' export schema before it leaves, where this machine has it.
     */
    static Map<String, String> onShippedPlugins(Map<String, String> database, CarrierSimulators sandbox) {
        assertTrue(Files.isDirectory(SHIPPED), "the build copies the reference plugins to " + SHIPPED.toAbsolutePath());
        Map<String, String> properties = new HashMap<>(database);
        properties.put("kuajing.plugins.dir", SHIPPED.toString());
        properties.putAll(sandbox.settings());
        TripByModeTest.customsSchema().ifPresent(xsd -> properties.put("kuajing.customs.schema-dir", xsd.toString()));
        return properties;
    }

    @AfterAll
    void stopTheSandbox() {
        sandbox.close();
    }

    @Test
    void aVendorsProductIsListedOnAmazonSoldPulledShippedAndReported() throws Exception {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
        String vendor = (String) call(HttpRequest.POST("/api/export/vendors", Map.of("name", "深圳市安克创新科技有限公司",
                "uscc", "91350100M000100Y43", "customsCode", "4403960ABC", "settlement", Map.of("bank", "中国银行深圳分行",
                        "accountNumber", "6217000012345678901", "currency", "USD")))).get("vendorId");
        call(HttpRequest.PUT("/api/export/vendors/" + vendor + "/listings", Map.of("sku", "ANK-PB-10K",
                "titleZh", "便携式锂电池充电宝 10000mAh", "hsCode", "8507600020", "declaredValueCny", 85.00,
                "weightKg", 0.25, "exportLicenceRequired", false)));

        String publication = "/api/export/vendors/" + vendor + "/listings/ANK-PB-10K/marketplaces/us-spapi";
        Map<String, Object> published = call(HttpRequest.PUT(publication, Map.of("price", 15.99, "currency", "USD", "stock", 30)));
        assertEquals("LISTING", published.get("kind"));
        call(HttpRequest.PATCH(publication, Map.of("stock", 25)));

        // What the marketplace now shows, read from it over its own API.
        Map<String, Object> item = amazon("/listings/2021-08-01/items/" + setting("seller-id") + "/ANK-PB-10K?marketplaceIds="
                + US + "&includedData=summaries,attributes,offers,fulfillmentAvailability");
        assertEquals("便携式锂电池充电宝 10000mAh", first(item.get("summaries")).get("itemName"));
        assertEquals(Map.of("currencyCode", "USD", "amount", "15.99"), first(item.get("offers")).get("price"));
        assertEquals(25, ((Number) first(item.get("fulfillmentAvailability")).get("quantity")).intValue());
        Map<String, Object> weight = first(object(item.get("attributes")).get("item_package_weight"));
        // 0.25 kg = 0.5512 lb, declared rounded up to the hundredth.
        assertEquals("pounds", weight.get("unit"));
        assertEquals(0, new BigDecimal("0.56").compareTo(new BigDecimal(weight.get("value").toString())));

        // 9810: before buyers order, 40 power banks go by sea to Amazon's fulfilment centre in Canada, declared to
        // customs (the sandbox single window) as a consignment, which is stock abroad once customs concludes it.
        Map<String, Object> consignment = call(HttpRequest.POST("/api/export/vendors/" + vendor + "/consignments", Map.of(
                "warehouse", Map.of("country", "CA", "code", "YYZ4"), "transport", "SEA", "carrier", "COSCO SHIPPING Lines",
                "waybillNo", "COSU6301234560", "packages", 2, "lines", List.of(Map.of("sku", "ANK-PB-10K", "quantity", 40)))));
        String consignmentNo = (String) consignment.get("consignmentNo");
        assertEquals(Map.of("amount", "3400.00", "currency", "CNY"), consignment.get("declaredValue"));
        HttpResponse<Map> declared = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/consignments/"
                + consignmentNo + "/declaration", Map.of())), Map.class);
        assertEquals(HttpStatus.ACCEPTED, declared.getStatus());
        Eventually.within(Duration.ofSeconds(20), "customs concluded the consignment's list", () -> "DECLARED".equals(
                call(HttpRequest.GET("/api/export/consignments/" + consignmentNo)).get("status")));

        String direct = sandbox.sellingPartner().placeOrder("ANK-PB-10K", 2, "US", false);
        String fromWarehouse = sandbox.sellingPartner().placeOrder("ANK-PB-10K", 1, "CA", true);
        String pulls = "/api/export/marketplaces/us-spapi/order-pulls";
        Map<String, Object> pulled = call(HttpRequest.POST(pulls, Map.of("since", start.toString())));
        List<Map<String, Object>> taken = list(pulled.get("taken"));
        assertEquals(List.of(direct, fromWarehouse), taken.stream().map(o -> o.get("marketplaceOrderId")).toList());
        assertEquals(List.of("9610", "9810"), taken.stream().map(o -> o.get("mode")).toList());
        assertEquals(List.of("US", "CA"), taken.stream().map(o -> o.get("destination")).toList());
        assertEquals(Map.of("amount", "31.98", "currency", "USD"), taken.get(0).get("sales"));
        assertEquals(Map.of("amount", "15.99", "currency", "USD"), first(taken.get(0).get("lines")).get("unitPrice"));
        Map<String, Object> again = call(HttpRequest.POST(pulls, Map.of("since", start.toString())));
        assertEquals(taken.stream().map(o -> o.get("orderNo")).toList(),
                list(again.get("known")).stream().map(o -> o.get("orderNo")).toList(), "one export order per marketplace order");

        // The 9610 parcel is declared to customs (the sandbox single window) and its order is DECLARED on acceptance.
        String parcel = (String) taken.get(0).get("orderNo");
        HttpResponse<Map> handed = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/orders/" + parcel
                + "/declaration", Map.of("waybillNo", "EA300000011CN"))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, handed.getStatus());
        Eventually.within(Duration.ofSeconds(20), "customs accepted the parcel", () -> "DECLARED".equals(
                call(HttpRequest.GET("/api/export/orders/" + parcel)).get("status")));
        HttpClientResponseException bulk = assertThrows(HttpClientResponseException.class, () -> call(HttpRequest.POST(
                "/api/export/orders/" + taken.get(1).get("orderNo") + "/declaration", Map.of("waybillNo", "EA300000012CN"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, bulk.getStatus(), "a 9810 order ships from the overseas warehouse");
        // ... whose stock it draws on: 40 declared in Canada, 1 sold there.
        Map<String, Object> canada = first(call(HttpRequest.GET("/api/export/vendors/" + vendor + "/overseas-stock")).get("items"));
        assertEquals(List.of("ANK-PB-10K", "CA", Map.of("YYZ4", 40), 1, 39), List.of(canada.get("sku"), canada.get("country"),
                canada.get("shippedByWarehouse"), canada.get("sold"), canada.get("onHand")));

        // The declared parcel is reported at the export supervision site (CEB507), then leaving by air (CEB509); the
        // shipment is confirmed to the marketplace after its departure.
        HttpResponse<List<Map>> arrived = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/arrivals", Map.of(
                "siteOperatorCode", "4403980XYZ", "siteOperatorName", "深圳前海监管场所经营有限公司", "vehicle", "粤B12345",
                "waybillNos", List.of("EA300000011CN")))), Argument.listOf(Map.class));
        assertEquals(HttpStatus.ACCEPTED, arrived.getStatus());
        Eventually.within(Duration.ofSeconds(20), "customs accepted the arrival (CEB508)", () -> "ARRIVED".equals(
                call(HttpRequest.GET("/api/export/orders/" + parcel)).get("status")));
        HttpResponse<List<Map>> departed = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/departures", Map.of(
                "transport", "AIR", "transportName", "CA", "voyageNo", "CA983", "billNo", "784-12345675",
                "leftAt", Instant.now().minusSeconds(60).toString(), "waybillNos", List.of("EA300000011CN")))),
                Argument.listOf(Map.class));
        assertEquals(HttpStatus.ACCEPTED, departed.getStatus());
        Eventually.within(Duration.ofSeconds(20), "customs accepted the departure (CEB510)", () -> "DEPARTED".equals(
                call(HttpRequest.GET("/api/export/orders/" + parcel)).get("status")));

        HttpResponse<Map> confirmed = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/orders/"
                + taken.get(0).get("orderNo") + "/shipment-confirmations",
                Map.of("carrier", "postal-ems", "trackingNumber", "EA300000011CN"))), Map.class);
        assertEquals(HttpStatus.CREATED, confirmed.getStatus());
        Map<String, Object> shipment = sandbox.sellingPartner().shipments(direct).get(0);
        assertEquals("EA300000011CN", shipment.get("trackingNumber"));
        assertEquals("China Post", shipment.get("carrierCode"));
        Map<String, Object> orders = object(amazon("/orders/v0/orders?MarketplaceIds=" + US + "&LastUpdatedAfter=" + start
                + "&LastUpdatedBefore=" + Instant.now()).get("payload"));
        assertEquals("Shipped", list(orders.get("Orders")).stream().filter(o -> o.get("AmazonOrderId").equals(direct))
                .findFirst().orElseThrow().get("OrderStatus"));

        List<Map<String, Object>> abroad = list(call(HttpRequest.GET("/api/export/report")).get("salesAbroad"));
        assertTrue(abroad.stream().anyMatch(r -> r.get("channel").equals("us-spapi")
                && r.get("sales").equals(Map.of("amount", "47.97", "currency", "USD"))), abroad.toString());
    }

    @Test
    void aVendorsProductIsListedOnAmazonJapanInWholeYenSoldPulledAndShipped() throws Exception {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
        String vendor = (String) call(HttpRequest.POST("/api/export/vendors", Map.of("name", "深圳市景德陶瓷有限公司",
                "uscc", "91440300MA5F00JP05", "customsCode", "4403960JPC", "settlement", Map.of("bank", "中国银行深圳分行",
                        "accountNumber", "6217000012345670002", "currency", "JPY")))).get("vendorId");
        call(HttpRequest.PUT("/api/export/vendors/" + vendor + "/listings", Map.of("sku", "KJ-JP-CUP",
                "titleZh", "景德镇手绘陶瓷茶杯", "hsCode", "6912001000", "declaredValueCny", 60.00,
                "weightKg", 0.255, "exportLicenceRequired", false)));
        String publication = "/api/export/vendors/" + vendor + "/listings/KJ-JP-CUP/marketplaces/jp-spapi";

        HttpClientResponseException fraction = assertThrows(HttpClientResponseException.class, () -> call(HttpRequest.PUT(
                publication, Map.of("price", 2480.5, "currency", "JPY", "stock", 20))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, fraction.getStatus());
        assertTrue(fraction.getResponse().getBody(String.class).orElse("").contains("currency-scale"), "a yen has no decimals");
        HttpClientResponseException dollars = assertThrows(HttpClientResponseException.class, () -> call(HttpRequest.PUT(
                publication, Map.of("price", 15.99, "currency", "USD", "stock", 20))));
        assertTrue(dollars.getResponse().getBody(String.class).orElse("").contains("currency-not-jpy"), "amazon.co.jp sells in yen");
        Map<String, Object> published = call(HttpRequest.PUT(publication, Map.of("price", 2480, "currency", "JPY", "stock", 20)));
        assertEquals(Map.of("amount", "2480", "currency", "JPY"), published.get("price"));

        // What amazon.co.jp now shows, read from it over its own API: whole yen, kilograms.
        Map<String, Object> item = japan("/listings/2021-08-01/items/" + japanSetting("seller-id") + "/KJ-JP-CUP?marketplaceIds="
                + "A1VC38T7YXB528&includedData=summaries,attributes,offers,fulfillmentAvailability");
        assertEquals("景德镇手绘陶瓷茶杯", first(item.get("summaries")).get("itemName"));
        assertEquals(Map.of("currencyCode", "JPY", "amount", "2480"), first(item.get("offers")).get("price"));
        Map<String, Object> weight = first(object(item.get("attributes")).get("item_package_weight"));
        // 0.255 kg declared 0.26 kg, rounded up to the hundredth.
        assertEquals("kilograms", weight.get("unit"));
        assertEquals(0, new BigDecimal("0.26").compareTo(new BigDecimal(weight.get("value").toString())));

        // Repriced in CNY: converted at the day's settlement rate (config/export/settlement-fx-rates.csv), to whole yen.
        Map<String, Object> repriced = call(HttpRequest.PATCH(publication, Map.of("priceCny", 120, "currency", "JPY")));
        Map<String, Object> yen = object(repriced.get("price"));
        assertEquals("JPY", yen.get("currency"));
        assertTrue(((String) yen.get("amount")).matches("[1-9][0-9]*"), "whole yen: " + yen);
        assertEquals(Map.of("amount", "120.00", "currency", "CNY"), repriced.get("priceCny"));
        assertTrue(repriced.get("fxRate") instanceof Number && repriced.get("fxRateFrom") != null, "kept with its rate");
        // amazon.co.jp shows the converted price.
        assertEquals(Map.of("currencyCode", "JPY", "amount", yen.get("amount")), first(japan("/listings/2021-08-01/items/"
                + japanSetting("seller-id") + "/KJ-JP-CUP?marketplaceIds=A1VC38T7YXB528&includedData=offers").get("offers"))
                .get("price"));
        call(HttpRequest.PATCH(publication, Map.of("price", 2480, "currency", "JPY")));

        String order = sandbox.sellingPartner(CarrierSimulators.JP_SELLING_PARTNER).placeOrder("KJ-JP-CUP", 3, "JP", false);
        Map<String, Object> pulled = call(HttpRequest.POST("/api/export/marketplaces/jp-spapi/order-pulls",
                Map.of("since", start.toString())));
        List<Map<String, Object>> taken = list(pulled.get("taken"));
        assertEquals(List.of(order), taken.stream().map(o -> o.get("marketplaceOrderId")).toList());
        assertEquals("9610", taken.get(0).get("mode"));
        assertEquals("JP", taken.get(0).get("destination"));
        assertEquals(Map.of("amount", "7440", "currency", "JPY"), taken.get(0).get("sales"));
        assertEquals(Map.of("amount", "2480", "currency", "JPY"), first(taken.get(0).get("lines")).get("unitPrice"));

        HttpResponse<Map> confirmed = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/orders/"
                + taken.get(0).get("orderNo") + "/shipment-confirmations",
                Map.of("carrier", "fengchi-express", "trackingNumber", "SF1400000001JP"))), Map.class);
        assertEquals(HttpStatus.CREATED, confirmed.getStatus());
        Map<String, Object> shipment = sandbox.sellingPartner(CarrierSimulators.JP_SELLING_PARTNER).shipments(order).get(0);
        assertEquals("SF1400000001JP", shipment.get("trackingNumber"));
        assertEquals("SF Express", shipment.get("carrierCode"));
        assertEquals(List.of(), sandbox.sellingPartner().shipments(order), "amazon.com was told nothing");
    }

    private String japanSetting(String name) {
        return sandbox.settingsOf(CarrierSimulators.JP_SELLING_PARTNER).get(name);
    }

    /** A GET on the simulated amazon.co.jp's own API, as the seller's access token there allows. */
    private Map<String, Object> japan(String pathAndQuery) throws IOException, InterruptedException {
        var response = outside.send(java.net.http.HttpRequest.newBuilder(URI.create(japanSetting("base-url") + pathAndQuery))
                .header("x-amz-access-token", japanSetting("access-token")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body()));
        return object(json.readValue(response.body(), Map.class));
    }

    private String setting(String name) {
        return sandbox.settingsOf(CarrierSimulators.US_SELLING_PARTNER).get(name);
    }

    /** A GET on the simulated marketplace's own API, as the seller's access token allows. */
    private Map<String, Object> amazon(String pathAndQuery) throws IOException, InterruptedException {
        var response = outside.send(java.net.http.HttpRequest.newBuilder(URI.create(setting("base-url") + pathAndQuery))
                .header("x-amz-access-token", setting("access-token")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body()));
        return object(json.readValue(response.body(), Map.class));
    }

    private <T> MutableHttpRequest<T> operator(MutableHttpRequest<T> request) {
        return request.header("Authorization", TestTokens.bearer(tokens, "operator", Roles.OPERATOR));
    }

    private Map<String, Object> call(MutableHttpRequest<?> request) {
        return object(http.toBlocking().retrieve(operator(request), Map.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> first(Object value) {
        return list(value).get(0);
    }
}
