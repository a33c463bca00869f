package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import io.kuajing.export.ExportCustoms;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/**
 * A 9610 order's parcel is handed to customs (through export's own port) from the vendor and its listings, and the
 * order is DECLARED once customs accepts it (REFUSED with its note when customs refuses it); a 9810 order and a bad
 * waybill number are refused, naming the rule.
 */
class ExportClearanceControllerTest extends ClearanceRoutesTest {

    String order(String marketplaceOrderId, String mode) {
        return (String) call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders",
                order(marketplaceOrderId, mode, "ANK-PB-10K", "2026-03-01T15:30:00Z")))).get("orderNo");
    }

    String status(String orderNo) {
        return (String) call(asOperator(HttpRequest.GET("/api/export/orders/" + orderNo))).get("status");
    }

    @Test
    void aNinetySixTenParcelIsHandedToCustomsAndTheOrderIsDeclaredWhenCustomsAccepts() {
        String orderNo = order("113-0000009-0000001", "9610");
        HttpResponse<Map> handed = http.toBlocking().exchange(asOperator(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/declaration", Map.of("waybillNo", "LX300000011CN"))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, handed.getStatus());
        assertEquals("RECEIVED", handed.body().get("status"), "declared only once customs accepts");
        ExportCustoms.Parcel parcel = customs.declared.stream().filter(p -> p.orderNo().equals(orderNo)).findFirst().orElseThrow();
        assertEquals("4403960ABC", parcel.vendorCustomsCode());
        assertEquals("US", parcel.destination());
        assertEquals("LX300000011CN", parcel.waybillNo());
        ExportCustoms.Item item = parcel.items().get(0);
        assertEquals(List.of("ANK-PB-10K", "8507600020", 2, "85.00", "0.25"), List.of(item.sku(), item.hsCode(),
                item.quantity(), item.unitValueCny().amount().toPlainString(), item.unitWeightKg().stripTrailingZeros().toPlainString()));

        clearance.acceptedByCustoms(orderNo);
        clearance.acceptedByCustoms(orderNo);
        clearance.refusedByCustoms(orderNo, "late refusal");
        assertEquals("DECLARED", status(orderNo));
    }

    @Test
    void customsRefusalMarksTheOrderRefusedWithCustomsNote() {
        String orderNo = order("113-0000009-0000004", "9610");
        http.toBlocking().exchange(asOperator(HttpRequest.POST("/api/export/orders/" + orderNo + "/declaration",
                Map.of("waybillNo", "LX300000014CN"))), Map.class);
        clearance.refusedByCustoms(orderNo, "CEB604 100: 清单与运单不一致");
        clearance.acceptedByCustoms(orderNo);
        Map<String, Object> refused = call(asOperator(HttpRequest.GET("/api/export/orders/" + orderNo)));
        assertEquals(List.of("REFUSED", "CEB604 100: 清单与运单不一致"), List.of(refused.get("status"), refused.get("customsNote")));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> call(asOperator(HttpRequest.POST(
                "/api/export/orders/" + orderNo + "/shipment-confirmations", Map.of("carrier", "postal-ems", "trackingNumber", "LX300000014CN")))));
        assertEquals("refused-by-customs", violation(e).get("rule"), "a refused parcel may not leave");
    }

    @Test
    void aNinetyEightTenOrderAndABadWaybillNumberAreRefusedNamingTheRule() {
        String warehouse = order("113-0000009-0000002", "9810");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> call(asOperator(HttpRequest.POST(
                "/api/export/orders/" + warehouse + "/declaration", Map.of("waybillNo", "LX300000012CN")))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals("declared-9610-only", violation(e).get("rule"));
        String parcel = order("113-0000009-0000003", "9610");
        e = assertThrows(HttpClientResponseException.class, () -> call(asOperator(HttpRequest.POST(
                "/api/export/orders/" + parcel + "/declaration", Map.of("waybillNo", "no spaces")))));
        assertEquals("waybillNo", violation(e).get("field"));
        assertEquals(0, customs.declared.stream().filter(p -> p.orderNo().equals(warehouse) || p.orderNo().equals(parcel)).count(),
                "nothing asked of customs");
        assertEquals("RECEIVED", status(parcel));
    }
}
