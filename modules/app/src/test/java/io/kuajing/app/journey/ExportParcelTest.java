package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 9610 export parcel booked with a carrier, through the real postal EMS plugin JAR and the simulated post office
 * over HTTP: orders bought on the simulated amazon.com and amazon.co.jp carry the buyer's address (getOrderAddress),
 * the parcel is booked on the outbound lane, the label carries the address in the destination post's format (read
 * back by an independent PDF reader), the order is declared to customs under the carrier's waybill number, and the
 * shipment confirmation tells the marketplace that number as the tracking number under its code for the carrier.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportParcelTest implements WithTestDatabase {

    private static final String S10 = "EA[0-9]{9}CN";

    private final CarrierSimulators sandbox = CarrierSimulators.start(SimulatedClock.manual());
    private String since;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        return ExportJourneyTest.onShippedPlugins(WithTestDatabase.super.getProperties(), sandbox);
    }

    @BeforeAll
    void aVendorSellsAPowerBankOnBothStores() {
        since = Instant.now().minus(1, ChronoUnit.MINUTES).toString();
        String vendor = (String) send(HttpRequest.POST("/api/export/vendors", Map.of("name", "深圳市移动电源科技有限公司",
                "uscc", "91440300MA5F00JP05", "customsCode", "4403960JPC", "settlement", Map.of("bank", "中国银行深圳分行",
                        "accountNumber", "6217000012345670002", "currency", "USD")))).body().get("vendorId");
        send(HttpRequest.PUT("/api/export/vendors/" + vendor + "/listings", Map.of("sku", "KJ-PB-5K",
                "titleZh", "便携式锂电池充电宝 5000mAh", "hsCode", "8507600020", "declaredValueCny", 60.00, "weightKg", 0.255,
                "exportLicenceRequired", false)));
        String listing = "/api/export/vendors/" + vendor + "/listings/KJ-PB-5K/marketplaces/";
        send(HttpRequest.PUT(listing + "us-spapi", Map.of("price", 15.99, "currency", "USD", "stock", 50)));
        send(HttpRequest.PUT(listing + "jp-spapi", Map.of("price", 2480, "currency", "JPY", "stock", 50)));
    }

    @AfterAll
    void stopTheSandbox() {
        sandbox.close();
    }

    @Test
    void aParcelToSeattleIsBookedLabelledInUspsFormatDeclaredAndTrackedBackToAmazon() {
        String amazonOrder = sandbox.sellingPartner().placeOrder("KJ-PB-5K", 2, "US", false);
        String orderNo = pulled("us-spapi", amazonOrder);

        HttpResponse<Map> booked = send(HttpRequest.POST("/api/export/orders/" + orderNo + "/parcel", Map.of("carrier", "postal-ems")));
        assertEquals(HttpStatus.CREATED, booked.getStatus());
        String waybill = (String) booked.body().get("waybillNo");
        assertTrue(waybill.matches(S10), "the post's UPU S10 item number: " + waybill);
        assertEquals("EMS-OUT", booked.body().get("service"));
        assertEquals(waybill, booked.body().get("trackingNumber"));

        // USPS Publication 28: upper case, no punctuation, CITY ST  ZIP+4; the country last (UPU).
        assertEquals(List.of("EMS " + waybill, "JANE DOE", "410 TERRY AVE N APT 5", "SEATTLE WA  98109-5210", "UNITED STATES"),
                label(orderNo, "application/pdf"));

        // Declared under the carrier's number without the operator typing it; customs (sandbox) accepts it.
        Eventually.within(Duration.ofSeconds(20), "customs accepted the parcel", () -> "DECLARED".equals(
                send(HttpRequest.GET("/api/export/orders/" + orderNo)).body().get("status")));
        HttpClientResponseException other = assertThrows(HttpClientResponseException.class, () -> send(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/declaration", Map.of("waybillNo", "EA300000011CN"))));
        assertTrue(other.getResponse().getBody(String.class).orElse("").contains("booked-waybill"));
        HttpResponse<Map> again = send(HttpRequest.POST("/api/export/orders/" + orderNo + "/parcel", Map.of("carrier", "postal-ems")));
        assertEquals(HttpStatus.OK, again.getStatus());
        assertEquals(waybill, again.body().get("waybillNo"), "one parcel per order");
        HttpClientResponseException conflict = assertThrows(HttpClientResponseException.class, () -> send(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/parcel", Map.of("carrier", "aerolink"))));
        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());

        // Tracking back to the marketplace: the confirmation names neither carrier nor number, the parcel does.
        assertEquals(HttpStatus.CREATED, send(HttpRequest.POST("/api/export/orders/" + orderNo + "/shipment-confirmations",
                Map.of())).getStatus());
        Map<String, Object> shipment = sandbox.sellingPartner().shipments(amazonOrder).get(0);
        assertEquals(waybill, shipment.get("trackingNumber"));
        assertEquals("China Post", shipment.get("carrierCode"), "the plugin's Amazon carrier code for postal-ems");
    }

    @Test
    void aParcelToTokyoIsLabelledAsJapanPostSortsIt() {
        String amazonOrder = sandbox.sellingPartner(CarrierSimulators.JP_SELLING_PARTNER).placeOrder("KJ-PB-5K", 1, "JP", false);
        String orderNo = pulled("jp-spapi", amazonOrder);

        HttpResponse<Map> booked = send(HttpRequest.POST("/api/export/orders/" + orderNo + "/parcel",
                Map.of("carrier", "postal-ems", "service", "EMS-OUT")));
        String waybill = (String) booked.body().get("waybillNo");
        assertTrue(waybill.matches(S10), waybill);
        // Japanese order, largest area first: 〒 postal code, prefecture + city + block, the addressee; JAPAN last.
        assertEquals(List.of("EMS " + waybill, "〒100-0013", "東京都千代田区霞が関1-3-2", "山田 太郎", "JAPAN"),
                label(orderNo, "application/pdf"));
    }

    @Test
    void anAddressThatDoesNotFitItsCountrysFormatIsRefusedAndNothingIsBooked() {
        String fourDigits = sandbox.sellingPartner().placeOrder("KJ-PB-5K", 1, Map.of("Name", "John Roe",
                "AddressLine1", "1 Main St", "City", "Springfield", "StateOrRegion", "IL", "PostalCode", "6270",
                "CountryCode", "US"), false);
        String noState = sandbox.sellingPartner().placeOrder("KJ-PB-5K", 1, Map.of("Name", "John Roe",
                "AddressLine1", "1 Main St", "City", "Springfield", "StateOrRegion", "Illinois", "PostalCode", "62701",
                "CountryCode", "US"), false);
        String zip = pulled("us-spapi", fourDigits);
        String state = pulled("us-spapi", noState);

        assertRefused(zip, "shipTo.postalCode", "us-zip");
        assertRefused(state, "shipTo.province", "us-state");
        HttpClientResponseException noLabel = assertThrows(HttpClientResponseException.class,
                () -> send(HttpRequest.GET("/api/export/orders/" + zip + "/label")));
        assertEquals(HttpStatus.NOT_FOUND, noLabel.getStatus(), "nothing booked");
        assertEquals("RECEIVED", send(HttpRequest.GET("/api/export/orders/" + zip)).body().get("status"));
    }

    private void assertRefused(String orderNo, String field, String rule) {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> send(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/parcel", Map.of("carrier", "postal-ems"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        String problem = refused.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("\"field\":\"" + field + "\"") && problem.contains("\"rule\":\"" + rule + "\""), problem);
    }

    /**
     * The label as served, its lines read back by Apache PDFBox (the outside oracle: a PDF library the world uses, its
     * predefined CMaps for the kanji) and by {@link PdfLabelText}, which also checks the file's structure (the
     * cross-reference table, the stream's length) that PDFBox forgives; the two readers must agree.
     */
    private List<String> label(String orderNo, String mediaType) {
        HttpResponse<byte[]> label = http.toBlocking().exchange(operator(HttpRequest.GET("/api/export/orders/" + orderNo
                + "/label")), byte[].class);
        assertEquals(mediaType, label.getContentType().orElseThrow().toString());
        List<String> byPdfBox;
        try (PDDocument pdf = Loader.loadPDF(label.body())) {
            assertEquals(1, pdf.getNumberOfPages(), "a one-page label");
            byPdfBox = new PDFTextStripper().getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new AssertionError("PDFBox cannot read the label", e);
        }
        assertEquals(byPdfBox, PdfLabelText.lines(label.body()), "both readers read the same lines");
        return byPdfBox;
    }

    /** The export order a pull took (now or before) for the marketplace order. */
    @SuppressWarnings("unchecked")
    private String pulled(String marketplace, String marketplaceOrderId) {
        Map<String, Object> pull = send(HttpRequest.POST("/api/export/marketplaces/" + marketplace + "/order-pulls",
                Map.of("since", since))).body();
        return java.util.stream.Stream.of("taken", "known")
                .flatMap(k -> ((List<Map<String, Object>>) pull.getOrDefault(k, List.of())).stream())
                .filter(o -> o.get("marketplaceOrderId").equals(marketplaceOrderId)).findFirst()
                .map(o -> (String) o.get("orderNo")).orElseThrow(() -> new AssertionError("not taken: " + pull));
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<Map> send(MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(operator(request), Map.class);
    }

    private <T> MutableHttpRequest<T> operator(MutableHttpRequest<T> request) {
        return request.header("Authorization", TestTokens.bearer(tokens, "operator", Roles.OPERATOR));
    }
}
