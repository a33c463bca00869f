package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.export.ExportCustoms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 9810: a vendor's consignment to an overseas warehouse is recorded when customs' CBEC export system may take it by
 * list, handed to customs through export's own port, DECLARED or REFUSED on customs' answer, and only a declared
 * one's units are stock abroad, which 9810 orders draw on.
 */
class OverseasShippingControllerTest extends ClearanceRoutesTest {

    /** Beside the power bank, a drone whose export needs a licence. */
    @BeforeAll
    void andALicensedListing() {
        call(asOperator(HttpRequest.PUT("/api/export/vendors/" + vendorId + "/listings", listing("ANK-DRONE-1", "8806221000", true))));
    }

    static Map<String, Object> consignment(String transport, String waybillNo, Map<String, Object> line) {
        return new HashMap<>(Map.of("warehouse", Map.of("country", "CA", "code", "YYZ4"), "transport", transport,
                "carrier", "COSCO SHIPPING Lines", "waybillNo", waybillNo, "packages", 2, "lines", List.of(line)));
    }

    static Map<String, Object> units(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    HttpResponse<Map> record(Map<String, Object> body) {
        return http.toBlocking().exchange(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/consignments", body)), Map.class);
    }

    Map<String, Object> declare(String consignmentNo) {
        HttpResponse<Map> handed = http.toBlocking().exchange(asOperator(HttpRequest.POST(
                "/api/export/consignments/" + consignmentNo + "/declaration", Map.of())), Map.class);
        assertEquals(HttpStatus.ACCEPTED, handed.getStatus());
        return handed.body();
    }

    Map<String, Object> consignmentNo(String no) {
        return call(asOperator(HttpRequest.GET("/api/export/consignments/" + no)));
    }

    /** An empty list is left out of the answer, as everywhere in the API. */
    List<Map<String, Object>> stock() {
        List<Map<String, Object>> items = items(call(asOperator(HttpRequest.GET("/api/export/vendors/" + vendorId + "/overseas-stock"))));
        return items == null ? List.of() : items;
    }

    @Test
    void aDeclaredConsignmentIsStockAbroadThatNinetyEightTenOrdersDrawOn() {
        // 48 power banks at 85.00 CNY: 4,080 CNY, within the 5,000 a list may declare.
        HttpResponse<Map> recorded = record(consignment("SEA", "cosu6301234560", units("ANK-PB-10K", 48)));
        assertEquals(HttpStatus.CREATED, recorded.getStatus());
        Map<String, Object> c = recorded.body();
        String no = (String) c.get("consignmentNo");
        assertEquals(List.of("RECORDED", "COSU6301234560", "SEA", 2), List.of(c.get("status"), c.get("waybillNo"),
                c.get("transport"), c.get("packages")));
        assertMoney("4080.00", "CNY", c.get("declaredValue"));
        assertEquals(List.of(), stock(), "a recorded consignment is not stock abroad yet");

        assertEquals("RECORDED", declare(no).get("status"), "declared only once customs concludes the list");
        ExportCustoms.Consignment asked = customs.consignments.stream().filter(x -> x.consignmentNo().equals(no)).findFirst().orElseThrow();
        assertEquals(List.of("4403960ABC", "CA", "YYZ4", "SEA", "COSU6301234560", 2), List.of(asked.vendorCustomsCode(),
                asked.destination(), asked.warehouseCode(), asked.transport(), asked.waybillNo(), asked.packages()));
        ExportCustoms.Item item = asked.items().get(0);
        assertEquals(List.of("ANK-PB-10K", "8507600020", 48, "85.00"), List.of(item.sku(), item.hsCode(), item.quantity(),
                item.unitValueCny().amount().toPlainString()));

        clearance.acceptedByCustoms(no);
        clearance.acceptedByCustoms(no);
        clearance.refusedByCustoms(no, "late refusal");
        assertEquals("DECLARED", consignmentNo(no).get("status"), "a concluded consignment stays declared");

        // By air, the air waybill's check digit holds (1234567 mod 7 = 5); kept without its dash.
        String byAir = (String) record(consignment("AIR", "784-12345675", units("ANK-PB-10K", 10))).body().get("consignmentNo");
        assertEquals("78412345675", consignmentNo(byAir).get("waybillNo"));
        declare(byAir);
        clearance.acceptedByCustoms(byAir);

        call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders",
                order("113-0000010-0000001", "9810", "ANK-PB-10K", "2026-03-01T15:30:00Z")))); // 2 sold
        Map<String, Object> ca = order("113-0000010-0000002", "9810", "ANK-PB-10K", "2026-03-02T15:30:00Z");
        call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders", ca)));
        call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders",
                order("113-0000010-0000003", "9610", "ANK-PB-10K", "2026-03-03T15:30:00Z")))); // a parcel: not from stock
        List<Map<String, Object>> stock = stock();
        // The orders ship to the US, where no consignment went: sold without stock shows negative.
        assertEquals(2, stock.size(), stock.toString());
        Map<String, Object> canada = stock.get(0);
        assertEquals(List.of("ANK-PB-10K", "CA", Map.of("YYZ4", 58), 58, 0, 58), List.of(canada.get("sku"),
                canada.get("country"), canada.get("shippedByWarehouse"), canada.get("shipped"), canada.get("sold"),
                canada.get("onHand")));
        Map<String, Object> us = stock.get(1);
        assertEquals(List.of("US", 0, 4, -4), List.of(us.get("country"), us.get("shipped"), us.get("sold"), us.get("onHand")));
    }

    @Test
    void customsRefusalMarksTheConsignmentRefusedWithItsNoteAndItIsNoStock() {
        Map<String, Object> toVancouver = consignment("SEA", "MAEU240012345", units("ANK-PB-10K", 5));
        toVancouver.put("warehouse", Map.of("country", "CA", "code", "YVR2"));
        String no = (String) record(toVancouver).body().get("consignmentNo");
        declare(no);
        clearance.refusedByCustoms(no, "CEB604 100: 清单与运单不一致");
        clearance.acceptedByCustoms(no);
        Map<String, Object> refused = consignmentNo(no);
        assertEquals(List.of("REFUSED", "CEB604 100: 清单与运单不一致"), List.of(refused.get("status"), refused.get("customsNote")));
        assertTrue(stock().stream().noneMatch(s -> String.valueOf(s.get("shippedByWarehouse")).contains("YVR2")), stock().toString());
    }

    @Test
    void whatCustomsCannotTakeByListAndBadInputAreRefusedNamingFieldAndRuleAndNothingIsRecorded() {
        Object before = call(asOperator(HttpRequest.GET("/api/export/vendors/" + vendorId + "/consignments?size=100"))).get("total");
        Map<String, Object> tooMuch = consignment("SEA", "COSU6301234561", units("ANK-PB-10K", 59)); // 5,015 CNY
        assertRefused(tooMuch, "lines", "list-value-limit");
        assertRefused(consignment("SEA", "COSU6301234562", units("ANK-DRONE-1", 1)), "lines[0].sku", "licence-not-by-list");
        assertRefused(consignment("SEA", "COSU6301234563", units("NO-SUCH-SKU", 1)), "lines[0].sku", "listed-by-vendor");
        assertRefused(consignment("SEA", "COSU6301234564", units("ANK-PB-10K", 0)), "lines[0].quantity", "quantity-range");
        assertRefused(consignment("SEA", "630123456", units("ANK-PB-10K", 1)), "waybillNo", "waybill-number");
        assertRefused(consignment("AIR", "784-12345676", units("ANK-PB-10K", 1)), "waybillNo", "awb-check-digit");
        assertRefused(consignment("TRUCK", "COSU6301234565", units("ANK-PB-10K", 1)), "transport", "transport");
        Map<String, Object> china = consignment("SEA", "COSU6301234566", units("ANK-PB-10K", 1));
        china.put("warehouse", Map.of("country", "CN", "code", "SZX1"));
        assertRefused(china, "warehouse.country", "abroad");
        Map<String, Object> twice = consignment("SEA", "COSU6301234567", units("ANK-PB-10K", 1));
        twice.put("lines", List.of(units("ANK-PB-10K", 1), units("ANK-PB-10K", 2)));
        assertRefused(twice, "lines[1].sku", "one-line-per-sku");
        assertEquals(before, call(asOperator(HttpRequest.GET("/api/export/vendors/" + vendorId + "/consignments?size=100"))).get("total"),
                "nothing recorded");

        HttpClientResponseException unknown = refused(asOperator(HttpRequest.POST("/api/export/consignments/EC20260101NOSUCH/declaration", Map.of())));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
        assertEquals("consignment", violation(unknown).get("rule"));
    }

    void assertRefused(Map<String, Object> body, String field, String rule) {
        HttpClientResponseException e = refused(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/consignments", body)));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus(), rule);
        assertEquals(List.of(field, rule), List.of(violation(e).get("field"), violation(e).get("rule")));
    }
}
