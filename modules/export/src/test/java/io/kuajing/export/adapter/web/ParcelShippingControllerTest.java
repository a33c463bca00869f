package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.export.ExportCustoms;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A RECEIVED 9610 order's parcel is booked with a carrier plugin from the hub in China to the buyer's address the
 * order came with, declared to customs under the carrier's waybill, its label served as issued; what cannot be
 * booked is refused by field and rule before the carrier is asked.
 */
class ParcelShippingControllerTest extends ClearanceRoutesTest {

    private static final Map<String, Object> SEATTLE = Map.of("name", "Jane Doe", "phone", "+1 206-555-0100",
            "street", "410 Terry Ave N Apt 5", "city", "Seattle", "region", "WA", "postalCode", "98109-5210");

    @Inject
    TestExtensions extensions;

    private String order(String marketplaceOrderId, String mode, Map<String, Object> shipTo) {
        Map<String, Object> order = new HashMap<>(order(marketplaceOrderId, mode, POWER_BANK, "2026-03-01T15:30:00Z"));
        if (shipTo != null) {
            order.put("shipTo", shipTo);
        }
        return (String) call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders", order))).get("orderNo");
    }

    private HttpResponse<Map> book(String orderNo, Map<String, Object> body) {
        return http.toBlocking().exchange(asOperator(HttpRequest.POST("/api/export/orders/" + orderNo + "/parcel", body)), Map.class);
    }

    private Map<String, Object> refusal(String orderNo, Map<String, Object> body, HttpStatus status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> book(orderNo, body));
        assertEquals(status, e.getStatus());
        return violation(e);
    }

    private long bookingsOf(String orderNo) {
        return extensions.carrier.bookings.stream().filter(b -> b.reference().equals(orderNo)).count();
    }

    @Test
    void theParcelIsBookedFromChinaToTheBuyerDeclaredUnderItsWaybillAndItsLabelServed() {
        String orderNo = order("113-0000010-0000001", "9610", SEATTLE);

        HttpResponse<Map> booked = book(orderNo, Map.of("carrier", FakeCarrier.ID));
        assertEquals(HttpStatus.CREATED, booked.getStatus());
        String waybill = (String) booked.body().get("waybillNo");
        assertEquals(List.of("OUT", waybill, "PDF"), List.of(booked.body().get("service"), booked.body().get("trackingNumber"),
                booked.body().get("labelFormat")));
        ShipmentRequest asked = extensions.carrier.bookings.stream().filter(b -> b.reference().equals(orderNo)).findFirst().orElseThrow();
        assertEquals(List.of("CN", "US", "WA", "Seattle", "98109-5210", List.of("410 Terry Ave N Apt 5")),
                List.of(asked.shipFrom().countryCode(), asked.shipTo().countryCode(), asked.shipTo().province(),
                        asked.shipTo().city(), asked.shipTo().postalCode(), asked.shipTo().street()));
        assertEquals(CustomsRegime.CBEC_DIRECT_MAIL, asked.regime());
        assertNull(asked.consigneeId(), "a buyer abroad has no Chinese ID document");
        assertEquals("export:" + orderNo, asked.idempotencyKey());
        assertEquals(0, new java.math.BigDecimal("0.5").compareTo(asked.totalWeight().inKilograms()), "2 x 0.25 kg");
        ExportCustoms.Parcel declared = customs.declared.stream().filter(p -> p.orderNo().equals(orderNo)).findFirst().orElseThrow();
        assertEquals(waybill, declared.waybillNo(), "declared under the carrier's number, nobody typed it");

        HttpResponse<byte[]> label = http.toBlocking().exchange(asOperator(HttpRequest.GET("/api/export/orders/" + orderNo
                + "/label")), byte[].class);
        assertEquals("application/pdf", label.getContentType().orElseThrow().toString());
        assertArrayEquals(("%PDF-1.4\n% " + waybill + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII), label.body());

        HttpResponse<Map> again = book(orderNo, Map.of("carrier", FakeCarrier.ID));
        assertEquals(List.of(HttpStatus.OK, waybill), List.of(again.getStatus(), again.body().get("waybillNo")));
        assertEquals(1, bookingsOf(orderNo), "booked once");
        assertEquals("booked-waybill", declarationRefusal(orderNo));
    }

    private String declarationRefusal(String orderNo) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> call(asOperator(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/declaration", Map.of("waybillNo", "LX300000099CN")))));
        return (String) violation(e).get("rule");
    }

    @Test
    void whatCannotBeBookedIsRefusedByFieldAndRuleAndTheCarrierIsNotAsked() {
        String badZip = order("113-0000010-0000002", "9610", Map.of("name", "John Roe", "street", "1 Main St",
                "city", "Springfield", "region", "IL", "postalCode", "6270"));
        assertEquals(List.of("shipTo.postalCode", "us-zip"), fieldAndRule(refusal(badZip, Map.of("carrier", FakeCarrier.ID),
                HttpStatus.UNPROCESSABLE_ENTITY)));
        String noAddress = order("113-0000010-0000003", "9610", null);
        assertEquals(List.of("shipTo", "required"), fieldAndRule(refusal(noAddress, Map.of("carrier", FakeCarrier.ID),
                HttpStatus.UNPROCESSABLE_ENTITY)));
        String warehouse = order("113-0000010-0000004", "9810", SEATTLE);
        assertEquals("declared-9610-only", refusal(warehouse, Map.of("carrier", FakeCarrier.ID),
                HttpStatus.UNPROCESSABLE_ENTITY).get("rule"));
        String fine = order("113-0000010-0000005", "9610", SEATTLE);
        assertEquals(List.of("carrier", "carrier-loaded"), fieldAndRule(refusal(fine, Map.of("carrier", "no-such-post"),
                HttpStatus.UNPROCESSABLE_ENTITY)));
        assertEquals(List.of("carrier", "carrier-id"), fieldAndRule(refusal(fine, Map.of("carrier", "Not An Id"),
                HttpStatus.UNPROCESSABLE_ENTITY)));
        assertEquals(List.of("service", "lane-served"), fieldAndRule(refusal(fine, Map.of("carrier", FakeCarrier.ID,
                "service", "EXPRESS"), HttpStatus.UNPROCESSABLE_ENTITY)));
        assertEquals(0, bookingsOf(badZip) + bookingsOf(noAddress) + bookingsOf(warehouse) + bookingsOf(fine));

        extensions.carrier.failNext = new CarrierError(CarrierError.Kind.ADDRESS_REJECTED, "no such street", null, "E202", null);
        assertEquals("address-rejected", refusal(fine, Map.of("carrier", FakeCarrier.ID), HttpStatus.UNPROCESSABLE_ENTITY).get("rule"));
        extensions.carrier.failNext = new CarrierError(CarrierError.Kind.SERVICE_UNAVAILABLE, "down");
        assertEquals(List.of("carrier", "partner-unavailable"), fieldAndRule(refusal(fine, Map.of("carrier", FakeCarrier.ID),
                HttpStatus.SERVICE_UNAVAILABLE)));
        HttpClientResponseException noLabel = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                asOperator(HttpRequest.GET("/api/export/orders/" + fine + "/label")), byte[].class));
        assertEquals(HttpStatus.NOT_FOUND, noLabel.getStatus(), "nothing booked, nothing kept");
        assertEquals(HttpStatus.CREATED, book(fine, Map.of("carrier", FakeCarrier.ID)).getStatus(), "booked once the carrier is back");
    }

    private static List<Object> fieldAndRule(Map<String, Object> violation) {
        return List.of(violation.get("field"), violation.get("rule"));
    }
}
