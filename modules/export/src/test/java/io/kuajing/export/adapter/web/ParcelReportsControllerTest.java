package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.export.ParcelDeparture;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/**
 * Declared 9610 parcels are reported arrived at the export supervision site, then departed, through export's own port
 * to customs; they become ARRIVED / DEPARTED when customs accepts the report, keep customs' note when it refuses it; a
 * parcel not in the step's status, unknown, named twice or waiting on a report is refused naming waybillNos[i] and the
 * rule, and nothing is reported.
 */
class ParcelReportsControllerTest extends ClearanceRoutesTest {

    /** A 9610 order whose parcel was declared under the waybill number; accepted by customs unless told otherwise. */
    String declared(String marketplaceOrderId, String waybillNo, boolean accepted) {
        String orderNo = (String) call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders",
                order(marketplaceOrderId, "9610", "ANK-PB-10K", "2026-03-01T15:30:00Z")))).get("orderNo");
        call(asOperator(HttpRequest.POST("/api/export/orders/" + orderNo + "/declaration", Map.of("waybillNo", waybillNo))));
        if (accepted) {
            clearance.acceptedByCustoms(orderNo);
        }
        return orderNo;
    }

    /** Customs' answer to the last arrival report (TestExportCustoms numbers them KA1, KA2 ...). */
    void arrivalAnswered(boolean accepted) {
        clearance.reportAnsweredByCustoms("KA" + customs.arrivals.size(), accepted, accepted ? null : "CEB508 100: 运抵单不通过");
    }

    void departureAccepted() {
        clearance.reportAnsweredByCustoms("KD" + customs.departures.size(), true, null);
    }

    String status(String orderNo) {
        return (String) call(asOperator(HttpRequest.GET("/api/export/orders/" + orderNo))).get("status");
    }

    static Map<String, Object> arrival(List<String> waybillNos) {
        return Map.of("siteOperatorCode", "4403980XYZ", "siteOperatorName", "深圳前海监管场所经营有限公司",
                "vehicle", "粤B12345", "waybillNos", waybillNos);
    }

    static Map<String, Object> departure(List<String> waybillNos) {
        return Map.of("transport", "AIR", "transportName", "CA", "voyageNo", "CA983", "billNo", "784-12345675",
                "leftAt", "2026-03-03T02:00:00Z", "waybillNos", waybillNos);
    }

    @Test
    void declaredParcelsArriveThenDepartAndCustomsIsToldEachTime() {
        String first = declared("113-0000010-0000001", "LX310000011CN", true);
        String second = declared("113-0000010-0000002", "LX310000012CN", true);

        HttpResponse<List<Map>> arrived = report("/api/export/arrivals", arrival(List.of("LX310000011CN", "LX310000012CN")));
        assertEquals(HttpStatus.ACCEPTED, arrived.getStatus());
        assertEquals(List.of("DECLARED", "DECLARED"), arrived.body().stream().map(o -> o.get("status")).toList(),
                "reported: ARRIVED only once customs accepts the report");
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000012CN")), "waybillNos[0]", "report-pending");
        arrivalAnswered(true);
        assertEquals(List.of("ARRIVED", "ARRIVED"), List.of(status(first), status(second)));
        arrivalAnswered(true);
        assertEquals(List.of("ARRIVED", "ARRIVED"), List.of(status(first), status(second)), "a redelivered answer moves nothing");
        assertEquals(List.of("4403980XYZ", "粤B12345", List.of("LX310000011CN", "LX310000012CN")),
                customs.arrivals.stream().filter(a -> a.waybillNos().contains("LX310000011CN"))
                        .map(a -> List.of(a.siteOperatorCode(), a.vehicle(), a.waybillNos())).findFirst().orElseThrow());

        HttpResponse<List<Map>> departed = report("/api/export/departures", departure(List.of("LX310000011CN")));
        assertEquals(HttpStatus.ACCEPTED, departed.getStatus());
        assertEquals(List.of("ARRIVED", "ARRIVED"), List.of(status(first), status(second)));
        departureAccepted();
        assertEquals(List.of("DEPARTED", "ARRIVED"), List.of(status(first), status(second)));
        ParcelDeparture told = customs.departures.stream().filter(d -> d.waybillNos().contains("LX310000011CN"))
                .findFirst().orElseThrow();
        assertEquals(List.of("AIR", "78412345675", "CA983", Instant.parse("2026-03-03T02:00:00Z")),
                List.of(told.transport(), told.billNo(), told.voyageNo(), told.leftAt()), "the air waybill without its dash");
    }

    @Test
    void onlyDeclaredParcelsArriveAndNothingIsReportedOtherwise() {
        declared("113-0000010-0000003", "LX310000013CN", true);
        String notAccepted = declared("113-0000010-0000004", "LX310000014CN", false);
        int reported = customs.arrivals.size();

        assertRefused("/api/export/arrivals", arrival(List.of("LX310000013CN", "LX319999999CN")), "waybillNos[1]", "known-waybill");
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000013CN", "LX310000014CN")), "waybillNos[1]", "declared-only");
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000013CN", "LX310000013CN")), "waybillNos[1]", "distinct");
        assertRefused("/api/export/arrivals", arrival(List.of()), "waybillNos", "parcels-range");
        Map<String, Object> noVehicle = new HashMap<>(arrival(List.of("LX310000013CN")));
        noVehicle.remove("vehicle");
        assertRefused("/api/export/arrivals", noVehicle, "vehicle", "text-length");
        Map<String, Object> badOperator = new HashMap<>(arrival(List.of("LX310000013CN")));
        badOperator.put("siteOperatorCode", "site");
        assertRefused("/api/export/arrivals", badOperator, "siteOperatorCode", "site-operator-code");
        assertEquals(reported, customs.arrivals.size(), "customs was told nothing");
        assertEquals("RECEIVED", status(notAccepted));

        report("/api/export/arrivals", arrival(List.of("LX310000013CN")));
        arrivalAnswered(true);
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000013CN")), "waybillNos[0]", "already-arrived");
    }

    @Test
    void aRefusedReportLeavesTheParcelWhereItWasWithCustomsNoteToBeReportedAgain() {
        String order = declared("113-0000010-0000008", "LX310000018CN", true);
        report("/api/export/arrivals", arrival(List.of("LX310000018CN")));
        arrivalAnswered(false);
        Map<String, Object> refused = call(asOperator(HttpRequest.GET("/api/export/orders/" + order)));
        assertEquals(List.of("DECLARED", "CEB508 100: 运抵单不通过"), List.of(refused.get("status"), refused.get("customsNote")));

        report("/api/export/arrivals", arrival(List.of("LX310000018CN")));
        arrivalAnswered(true);
        assertEquals("ARRIVED", status(order));
    }

    @Test
    void onlyArrivedParcelsDepartOnceUnderAValidBill() {
        declared("113-0000010-0000005", "LX310000015CN", true);
        int reported = customs.departures.size();

        assertRefused("/api/export/departures", departure(List.of("LX310000015CN")), "waybillNos[0]", "arrived-only");
        report("/api/export/arrivals", arrival(List.of("LX310000015CN")));
        arrivalAnswered(true);
        Map<String, Object> badBill = new HashMap<>(departure(List.of("LX310000015CN")));
        badBill.put("billNo", "784-12345676");
        assertRefused("/api/export/departures", badBill, "billNo", "awb-check-digit");
        Map<String, Object> future = new HashMap<>(departure(List.of("LX310000015CN")));
        future.put("leftAt", "2999-01-01T00:00:00Z");
        assertRefused("/api/export/departures", future, "leftAt", "not-in-future");
        assertEquals(reported, customs.departures.size(), "customs was told nothing");

        report("/api/export/departures", departure(List.of("LX310000015CN")));
        departureAccepted();
        assertRefused("/api/export/departures", departure(List.of("LX310000015CN")), "waybillNos[0]", "already-departed");
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000015CN")), "waybillNos[0]", "already-arrived");
    }

    @Test
    void aDeclaredParcelsListIsWithdrawnOnceCustomsApprovesAndThenNeitherReportedNorShipped() {
        String order = declared("113-0000010-0000009", "LX310000019CN", true);
        String notAccepted = declared("113-0000010-0000010", "LX310000020CN", false);
        String uri = "/api/export/orders/" + order + "/withdrawal";
        assertRefused(uri, Map.of("reason", " "), "reason", "text-length");
        assertRefused("/api/export/orders/" + notAccepted + "/withdrawal", Map.of("reason", "买家取消订单"), "orderNo",
                "declared-only");
        assertRefused("/api/export/orders/EX-NONE/withdrawal", Map.of("reason", "买家取消订单"), "orderNo", "export-order");

        HttpResponse<Map> asked = http.toBlocking().exchange(asOperator(HttpRequest.POST(uri, Map.of("reason",
                "买家取消订单，包裹未离境"))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, asked.getStatus());
        assertEquals("DECLARED", asked.body().get("status"), "withdrawn only once customs approves");
        var told = customs.withdrawals.get(customs.withdrawals.size() - 1);
        assertEquals(List.of(order, "4403960ABC", "买家取消订单，包裹未离境"), List.of(told.orderNo(),
                told.vendorCustomsCode(), told.reason()));

        clearance.withdrawalAnsweredByCustoms(order, false, "CEB606 100: 清单已放行");
        assertEquals("CEB606 100: 清单已放行", call(asOperator(HttpRequest.GET("/api/export/orders/" + order))).get("customsNote"));
        clearance.withdrawalAnsweredByCustoms(order, true, null);
        assertEquals("WITHDRAWN", status(order));
        assertRefused("/api/export/arrivals", arrival(List.of("LX310000019CN")), "waybillNos[0]", "declared-only");
        assertRefused("/api/export/orders/" + order + "/shipment-confirmations", Map.of("carrier", "postal-ems",
                "trackingNumber", "LX310000019CN"), "orderNo", "withdrawn");
    }

    @Test
    void customsIsToldOnceOfTheVendorsPaymentOfAnAcceptedParcelAndItsAnswerShows() {
        String order = declared("113-0000010-0000021", "LX310000031CN", true);
        String notAccepted = declared("113-0000010-0000022", "LX310000032CN", false);
        String uri = "/api/export/orders/" + order + "/payment-receipt";
        assertRefused("/api/export/orders/" + notAccepted + "/payment-receipt", Map.of(), "orderNo", "declared-first");
        assertRefused("/api/export/orders/EX-NONE/payment-receipt", Map.of(), "orderNo", "export-order");
        assertRefused(uri, Map.of("receivedAt", Instant.now().plusSeconds(3600).toString()), "receivedAt", "not-in-future");
        assertRefused(uri, Map.of("receivedAt", "2026-03-01T15:00:00Z"), "receivedAt", "not-before-sale");
        int told = customs.paymentReceipts.size();

        HttpResponse<Map> asked = http.toBlocking().exchange(asOperator(HttpRequest.POST(uri, Map.of("receivedAt",
                "2026-03-05T02:00:00Z"))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, asked.getStatus());
        assertEquals(List.of("DECLARED", "SENT"), List.of(asked.body().get("status"), asked.body().get("paymentReceipt")));
        var receipt = customs.paymentReceipts.get(customs.paymentReceipts.size() - 1);
        assertEquals(List.of(order, "4403960ABC", "us-spapi", "113-0000010-0000021", Instant.parse("2026-03-05T02:00:00Z")),
                List.of(receipt.orderNo(), receipt.vendorCustomsCode(), receipt.marketplace(), receipt.marketplaceOrderId(),
                        receipt.receivedAt()));
        assertEquals(((Map<?, ?>) asked.body().get("sales")).get("amount"), receipt.total().amount().toPlainString(),
                "the order's total, in its currency");
        assertEquals("SENT", call(asOperator(HttpRequest.POST(uri, Map.of()))).get("paymentReceipt"));
        assertEquals(told + 1, customs.paymentReceipts.size(), "asked again: answered, nothing sent twice");

        clearance.paymentReceiptAnsweredByCustoms(order, false, "CEB404 100: 收款单重复");
        clearance.paymentReceiptAnsweredByCustoms(order, true, null);
        Map<String, Object> shown = call(asOperator(HttpRequest.GET("/api/export/orders/" + order)));
        assertEquals(List.of("REFUSED", "CEB404 100: 收款单重复", "DECLARED"), List.of(shown.get("paymentReceipt"),
                shown.get("customsNote"), shown.get("status")), "customs' first answer kept");
    }

    @Test
    void aParcelIsDeclaredUnderAWaybillNoOtherParcelHas() {
        declared("113-0000010-0000006", "LX310000016CN", true);
        String other = (String) call(asOperator(HttpRequest.POST("/api/export/vendors/" + vendorId + "/orders",
                order("113-0000010-0000007", "9610", "ANK-PB-10K", "2026-03-01T15:30:00Z")))).get("orderNo");
        assertRefused("/api/export/orders/" + other + "/declaration", Map.of("waybillNo", "LX310000016CN"), "waybillNo",
                "one-parcel-per-waybill");
    }

    /** A report's answer: the orders of the parcels it named. */
    HttpResponse<List<Map>> report(String uri, Map<String, Object> body) {
        return http.toBlocking().exchange(asOperator(HttpRequest.POST(uri, body)), Argument.listOf(Map.class));
    }

    void assertRefused(String uri, Map<String, Object> body, String field, String rule) {
        HttpClientResponseException e = refused(asOperator(HttpRequest.POST(uri, body)));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals(List.of(field, rule), List.of(violation(e).get("field"), violation(e).get("rule")));
    }
}
