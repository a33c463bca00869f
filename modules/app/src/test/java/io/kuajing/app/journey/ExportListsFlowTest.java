package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.app.TestTokens;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.ExportDeclarations;
import io.kuajing.customs.SentMessageView;
import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What becomes of a 9610 parcel's inventory list customs concluded, over HTTP against the sandbox single window: a
 * declared parcel's list is withdrawn (CEB605, approved by CEB606: the order WITHDRAWN); the vendor's receipt of a
 * declared parcel's payment is sent once (CEB403, filed by CEB404: paymentReceipt ACCEPTED). And the monthly summary
 * declaration (汇总申报) of a refund-claiming vendor:
 * the vendor's 9610 parcel is declared with a type-B list, customs concludes it, the operator declares the month's
 * summary (CEB701, handed over after commit, schema-valid where customs' XSD is on this machine) naming that list,
 * customs' CEB702 concludes the summary under its sumNo; asking again for the month sums up nothing (422), and a
 * vendor that claims no refund has nothing to sum up.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportListsFlowTest implements WithTestDatabase {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;
    @Inject
    Declarations customs;
    @Inject
    ExportDeclarations exportDeclarations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        TripByModeTest.customsSchema().ifPresent(xsd -> properties.put("kuajing.customs.schema-dir", xsd.toString()));
        return properties;
    }

    @Test
    void aRefundClaimingVendorsConcludedListsAreSummedUpOnceAndCustomsConcludesTheSummary() {
        String vendor = vendor("深圳市退税示例电子有限公司", "91440300MA5FREF03C", "4403960RF1", true, "RF-PB-10K");
        String orderNo = declaredParcel(vendor, "RF-PB-10K", "114-0000001-0000001", "EA300000101CN");
        SentMessageView list = customs.messages(orderNo).stream().filter(m -> m.messageType().equals("CEB603"))
                .findFirst().orElseThrow();
        assertTrue(list.xml().contains("<ceb:statisticsFlag>B</ceb:statisticsFlag>"), "a refund claim's list is type B");

        String month = YearMonth.now(ChinaTime.ZONE).toString();
        HttpResponse<Map> declared = http.toBlocking().exchange(operator(HttpRequest.POST(
                "/api/export/summary-declarations", Map.of("vendorId", vendor, "month", month))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, declared.getStatus());
        Map<String, Object> summary = declared.body();
        String summaryNo = (String) summary.get("summaryNo");
        assertEquals(List.of("DECLARED", "4403960RF1", month), List.of(summary.get("status"),
                summary.get("vendorCustomsCode"), summary.get("month")));
        List<?> lists = (List<?>) summary.get("lists");
        assertEquals(1, lists.size());
        assertEquals(orderNo, ((Map<?, ?>) lists.get(0)).get("orderNo"));
        String invtNo = (String) ((Map<?, ?>) lists.get(0)).get("invtNo");
        assertTrue(invtNo != null && invtNo.contains("E"), "the list customs numbered: " + invtNo);

        Eventually.within(WAIT, "customs concluded the summary", () -> "ACCEPTED".equals(
                call(HttpRequest.GET("/api/export/summary-declarations/" + summaryNo)).get("status")));
        Map<String, Object> concluded = call(HttpRequest.GET("/api/export/summary-declarations/" + summaryNo));
        assertTrue(String.valueOf(concluded.get("customsSumNo")).matches("S\\d{17}"), concluded.toString());
        SentMessageView sent = customs.messages(summaryNo).get(0);
        assertEquals("CEB701", sent.messageType());
        assertTrue(sent.deliveredAt() != null && sent.xml().contains("<ceb:invtNo>" + invtNo + "</ceb:invtNo>"), sent.xml());
        TripByModeTest.customsSchema().ifPresent(xsd -> assertEquals(Optional.empty(), XsdMessageSchema.compile(xsd)
                .violation(sent.xml().getBytes(StandardCharsets.UTF_8)), "CEB701 validates against the export XSD"));

        assertRefused(Map.of("vendorId", vendor, "month", month), "month", "nothing-to-summarise");
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> call(HttpRequest.GET(
                "/api/export/summary-declarations/K000000000000NOSUCH"))).getStatus().getCode());
    }

    @Test
    void aDeclaredParcelsListIsWithdrawnOnceCustomsApproves() {
        String vendor = vendor("深圳市撤单示例电子有限公司", "91440300MA5FWDR05B", "4403960WD1", false,
                "WD-PB-1");
        String orderNo = declaredParcel(vendor, "WD-PB-1", "114-0000002-0000001", "EA300000102CN");
        HttpResponse<Map> asked = http.toBlocking().exchange(operator(HttpRequest.POST("/api/export/orders/" + orderNo
                + "/withdrawal", Map.of("reason", "买家取消订单，包裹未离境"))), Map.class);
        assertEquals(HttpStatus.ACCEPTED, asked.getStatus());
        Eventually.within(WAIT, "customs approved the withdrawal", () -> "WITHDRAWN".equals(
                call(HttpRequest.GET("/api/export/orders/" + orderNo)).get("status")));
        SentMessageView withdrawal = customs.messages(orderNo).stream().filter(m -> m.messageType().equals("CEB605"))
                .findFirst().orElseThrow();
        assertTrue(withdrawal.deliveredAt() != null && withdrawal.xml().contains("<ceb:reason>买家取消订单，包裹未离境</ceb:reason>"),
                withdrawal.xml());
        TripByModeTest.customsSchema().ifPresent(xsd -> assertEquals(Optional.empty(), XsdMessageSchema.compile(xsd)
                .violation(withdrawal.xml().getBytes(StandardCharsets.UTF_8)), "CEB605 validates against the export XSD"));
        assertEquals("WITHDRAWN", exportDeclarations.status(orderNo).orElseThrow().status(), "customs' declaration too");
    }

    @Test
    void theVendorsReceiptOfPaymentIsSentOnceAndFiledByCustoms() {
        String vendor = vendor("深圳市收款示例电子有限公司", "91440300MA5FWDR06E", "4403960PY1", false, "PY-PB-1");
        String orderNo = declaredParcel(vendor, "PY-PB-1", "114-0000003-0000001", "EA300000103CN");
        String uri = "/api/export/orders/" + orderNo + "/payment-receipt";
        assertRefused(uri, Map.of("receivedAt", Instant.now().plusSeconds(3600).toString()), "receivedAt",
                "not-in-future");
        assertRefused("/api/export/orders/EX-NONE/payment-receipt", Map.of(), "orderNo", "export-order");
        HttpResponse<Map> asked = http.toBlocking().exchange(operator(HttpRequest.POST(uri, Map.of())), Map.class);
        assertEquals(HttpStatus.ACCEPTED, asked.getStatus());
        assertEquals("SENT", asked.body().get("paymentReceipt"));
        assertEquals(HttpStatus.ACCEPTED, http.toBlocking().exchange(operator(HttpRequest.POST(uri, Map.of())), Map.class)
                .getStatus(), "asked again: answered as it is");
        Eventually.within(WAIT, "customs filed the receipt of payment", () -> "ACCEPTED".equals(
                call(HttpRequest.GET("/api/export/orders/" + orderNo)).get("paymentReceipt")));
        List<SentMessageView> sent = customs.messages(orderNo).stream().filter(m -> m.messageType().equals("CEB403"))
                .toList();
        assertEquals(1, sent.size(), "declared once");
        String xml = sent.get(0).xml();
        assertTrue(sent.get(0).deliveredAt() != null && xml.contains("<ceb:charge>15.99</ceb:charge>")
                && xml.contains("<ceb:currency>502</ceb:currency>") && xml.contains("<ceb:payNo>114-0000003-0000001</ceb:payNo>")
                && xml.contains("<ceb:payName>Amazon Payments, Inc.</ceb:payName>"), xml);
        TripByModeTest.customsSchema().ifPresent(xsd -> assertEquals(Optional.empty(), XsdMessageSchema.compile(xsd)
                .violation(xml.getBytes(StandardCharsets.UTF_8)), "CEB403 validates against the export XSD"));
        assertTrue(customs.receipts(orderNo).stream().anyMatch(r -> r.messageType().equals("CEB404") && r.status() == 120),
                "customs' CEB404 kept");
    }

    @Test
    void whatCannotBeSummedUpIsRefusedNamingFieldAndRule() {
        String simplified = vendor("杭州市简化申报示例有限公司", "91330100MA2HDUM040", "3301960SM1", false, "SM-TEA-1");
        assertRefused(Map.of("vendorId", simplified, "month", "2026-11"), "vendorId", "claims-export-refund");
        assertRefused(Map.of("vendorId", "V91000000000000000X", "month", "2026-11"), "vendorId", "vendor");
        assertRefused(Map.of("month", "2026-11"), "vendorId", "required");
        String claiming = vendor("深圳市退税示例二号有限公司", "91350100M000100Y43", "4403960RF2", true, "RF-EAR-1");
        assertRefused(Map.of("vendorId", claiming, "month", "2026/11"), "month", "year-month");
        assertRefused(Map.of("vendorId", claiming, "month", YearMonth.now(ChinaTime.ZONE).plusMonths(1).toString()),
                "month", "not-in-future");
        assertRefused(Map.of("vendorId", claiming, "month", "2026-01"), "month", "nothing-to-summarise");
    }

    private String vendor(String name, String uscc, String customsCode, boolean claimsExportRefund, String sku) {
        Map<String, Object> onboarded = call(HttpRequest.POST("/api/export/vendors", Map.of("name", name, "uscc", uscc,
                "customsCode", customsCode, "claimsExportRefund", claimsExportRefund, "settlement", Map.of("bank",
                        "中国银行深圳分行", "accountNumber", "6217000012345678901", "currency", "USD"))));
        assertEquals(claimsExportRefund, onboarded.get("claimsExportRefund"));
        String vendor = (String) onboarded.get("vendorId");
        call(HttpRequest.PUT("/api/export/vendors/" + vendor + "/listings", Map.of("sku", sku,
                "titleZh", "便携式锂电池充电宝 10000mAh", "hsCode", "8507600020", "declaredValueCny", 85.00,
                "weightKg", 0.25, "exportLicenceRequired", false)));
        return vendor;
    }

    /** A 9610 order of the vendor declared to the sandbox single window and DECLARED once customs concluded it. */
    private String declaredParcel(String vendor, String sku, String marketplaceOrderId, String waybillNo) {
        Map<String, Object> order = call(HttpRequest.POST("/api/export/vendors/" + vendor + "/orders", Map.of(
                "marketplace", "us-spapi", "marketplaceOrderId", marketplaceOrderId, "mode", "9610",
                "destination", "US", "soldAt", Instant.now().minusSeconds(60).toString(), "currency", "USD",
                "marketplaceFee", 2.40, "lines", List.of(Map.of("sku", sku, "quantity", 1, "unitPrice", 15.99)))));
        String orderNo = (String) order.get("orderNo");
        call(HttpRequest.POST("/api/export/orders/" + orderNo + "/declaration", Map.of("waybillNo", waybillNo)));
        Eventually.within(WAIT, "customs concluded the parcel's list", () -> "DECLARED".equals(
                call(HttpRequest.GET("/api/export/orders/" + orderNo)).get("status")));
        return orderNo;
    }

    private void assertRefused(Map<String, Object> body, String field, String rule) {
        assertRefused("/api/export/summary-declarations", body, field, rule);
    }

    private void assertRefused(String uri, Map<String, Object> body, String field, String rule) {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> call(
                HttpRequest.POST(uri, body)));
        assertEquals(422, refused.getStatus().getCode(), body.toString());
        Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        Map<?, ?> violation = (Map<?, ?>) ((List<?>) problem.get("violations")).get(0);
        assertEquals(List.of(field, rule), List.of(violation.get("field"), violation.get("rule")), problem.toString());
    }

    private <T> MutableHttpRequest<T> operator(MutableHttpRequest<T> request) {
        return request.header("Authorization", TestTokens.bearer(tokens, "operator", Roles.OPERATOR));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(operator(request), Map.class);
    }
}
