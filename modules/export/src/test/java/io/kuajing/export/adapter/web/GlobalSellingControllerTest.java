package io.kuajing.export.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.SqlCount;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Global selling over real HTTP on a real MariaDB/MySQL: onboarding, listings, orders, statement, report, refusals. */
class GlobalSellingControllerTest extends ExportRoutesTest {

    @Test
    void onlyOperatorsRunGlobalSelling() {
        assertEquals(HttpStatus.UNAUTHORIZED, refused(HttpRequest.GET("/api/export/vendors")).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.GET("/api/export/report")
                .bearerAuth(token(Roles.CONSUMER))).getStatus());
    }

    @Test
    void aVendorIsOnboardedListsSellsAbroadAndIsPaidInCnyAtTheDatedRate() {
        Map<String, Object> v = call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91350100M000100Y43", "深圳市安克创新科技有限公司"))));
        String id = (String) v.get("vendorId");
        assertEquals("V91350100M000100Y43", id);
        assertEquals("***************8901", v.get("settlementAccount"), "account number masked");
        assertEquals("staff-7", v.get("onboardedBy"));
        assertTrue(items(call(asOperator(HttpRequest.GET("/api/export/vendors?size=100")))).stream()
                .anyMatch(x -> id.equals(x.get("vendorId"))));

        Map<String, Object> listed = call(asOperator(HttpRequest.PUT("/api/export/vendors/" + id + "/listings",
                listing("ANK-PB-10K", "8507600020", false))));
        assertMoney("85.00", "CNY", listed.get("declaredValue"));
        Map<String, Object> listings = call(asOperator(HttpRequest.GET("/api/export/vendors/" + id + "/listings")));
        assertEquals(1L, ((Number) listings.get("total")).longValue());
        assertEquals("ANK-PB-10K", items(listings).get(0).get("sku"));

        HttpResponse<Map> created = http.toBlocking().exchange(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders",
                order("113-0000001-0000001", "9610", "ANK-PB-10K", "2026-03-01T15:30:00Z"))), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, Object> o = created.body();
        assertMoney("39.98", "USD", o.get("sales"));
        assertMoney("3.00", "USD", o.get("marketplaceFee"));
        assertEquals("RECEIVED", o.get("status"));
        HttpResponse<Map> again = http.toBlocking().exchange(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders",
                order("113-0000001-0000001", "9610", "ANK-PB-10K", "2026-03-01T15:30:00Z"))), Map.class);
        assertEquals(HttpStatus.OK, again.getStatus(), "a replay is not a creation");
        assertEquals(o.get("orderNo"), again.body().get("orderNo"), "the same marketplace order is one export order");
        Map<String, Object> orders = call(asOperator(HttpRequest.GET("/api/export/vendors/" + id + "/orders?page=0&size=5")));
        assertEquals(List.of(o.get("orderNo")), items(orders).stream().map(x -> x.get("orderNo")).toList());
        assertEquals(5, orders.get("size"));
        assertTrue(orders.containsKey("total") && orders.get("total") == null, "orders are not counted");

        Map<String, Object> s = call(asOperator(HttpRequest.GET("/api/export/vendors/" + id + "/statement?from=2026-03-01&to=2026-03-31")));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) s.get("orders")).get(0);
        assertAmount("7.1000", first.get("fxRate"));
        assertMoney("283.86", "CNY", first.get("salesCny")); // 39.98 x 7.1 = 283.858
        assertMoney("21.30", "CNY", first.get("feeCny"));
        assertMoney("39.98", "USD", first.get("sales"));
        assertMoney("262.56", "CNY", s.get("netCny"));
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) first.get("lines")).get(0);
        assertAmount("0.09", line.get("refundRate"), "batteries: 9% since MOF/STA 2024 No. 15");
        assertEquals("8507600", line.get("refundRateHsPrefix"));
    }

    @Test
    void twinPullsOfOneMarketplaceOrderAtOnceMakeOneExportOrder() throws Exception {
        Map<String, Object> v = call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91330106MA27XMGX52", "杭州双拉出口有限公司"))));
        String id = (String) v.get("vendorId");
        http.toBlocking().exchange(asOperator(HttpRequest.PUT("/api/export/vendors/" + id + "/listings",
                listing("HZ-PB-1", "8507600020", false))));
        int twins = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(twins);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Object>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < twins; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders",
                            order("TWIN-1", "9610", "HZ-PB-1", "2026-03-01T00:00:00Z")))).get("orderNo");
                }));
            }
            start.countDown();
            java.util.Set<Object> orderNumbers = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Object> answer : answers) {
                orderNumbers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, orderNumbers.size(), "every twin answered with the one export order");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, SqlCount.of(tx, "SELECT COUNT(*) FROM export_order WHERE marketplace_order_id = 'TWIN-1'"));
        assertEquals(1, SqlCount.of(tx, "SELECT COUNT(*) FROM export_order_line l JOIN export_order o ON o.order_no = l.order_no "
                + "WHERE o.marketplace_order_id = 'TWIN-1'"));
    }

    @Test
    void theReportShowsSalesAbroadByMarketplaceAndYearWithGrowthBesideImports() {
        Map<String, Object> v = call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91110000802100433B", "北京小物出口有限公司"))));
        String id = (String) v.get("vendorId");
        http.toBlocking().exchange(asOperator(HttpRequest.PUT("/api/export/vendors/" + id + "/listings",
                listing("BJ-TEA-1", "0902109000", false))));
        call(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders", order("R-2025-1", "9610", "BJ-TEA-1", "2025-06-01T02:00:00Z"))));
        for (int i = 0; i < 3; i++) {
            call(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders", order("R-2026-" + i, "9810", "BJ-TEA-1", "2026-06-01T02:00:00Z"))));
        }
        Map<String, Object> report = call(asOperator(HttpRequest.GET("/api/export/report")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> abroad = (List<Map<String, Object>>) report.get("salesAbroad");
        Map<String, Object> y2026 = abroad.stream().filter(r -> r.get("year").equals(2026)).findFirst().orElseThrow();
        assertTrue(abroad.stream().anyMatch(r -> r.get("year").equals(2025) && r.get("growth") == null));
        assertTrue(((Number) y2026.get("orders")).intValue() >= 3);
        assertEquals("USD", ((Map<?, ?>) y2026.get("sales")).get("currency"));
        assertTrue(((String) ((Map<?, ?>) y2026.get("sales")).get("amount")).matches("\\d+\\.\\d{2}"), y2026.toString());
        assertTrue(((Number) y2026.get("growth")).doubleValue() >= 3.0, y2026.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> imports = (List<Map<String, Object>>) report.get("importSales");
        assertAmount("2.50", imports.get(1).get("growth"));

        // The console's page of the same report: the rows with their growth as a multiple, a chart per direction.
        String page = http.toBlocking().retrieve(asOperator(HttpRequest.GET("/console/export/report")).accept("text/html"));
        assertTrue(page.contains("<h1>跨境销售报表</h1>"), page);
        assertTrue(page.matches("(?s).*class=\"abroad-row\" data-channel=\"[a-z-]+\" data-year=\"2025\">.*?<td class=\"growth\">—</td>.*"), page);
        assertTrue(page.matches("(?s).*class=\"import-row\" data-channel=\"DIRECT_MAIL\" data-year=\"2026\"><td>直邮</td><td>2026</td>"
                + "<td>9</td><td>¥2,500.00</td><td class=\"growth\">×2\\.50?</td>.*"), page);
        assertTrue(page.matches("(?s).*id=\"abroad-chart\" class=\"chart\"[^>]*data-chart=\"[^\"]*2025[^\"]*2026[^\"]*\".*"), page);
        String english = http.toBlocking().retrieve(asOperator(HttpRequest.GET("/console/export/report"))
                .accept("text/html").cookie(io.micronaut.http.cookie.Cookie.of("KJ_LANG", "en")));
        assertTrue(english.contains("<h1>Cross-border sales report</h1>"), english);
    }

    @Test
    void badInputIsRefusedNamingFieldAndRuleAndNothingChanges() {
        int before = SqlCount.of(tx, "SELECT COUNT(*) FROM export_vendor");
        HttpClientResponseException e = refused(asOperator(HttpRequest.POST("/api/export/vendors", vendor("91350100M000100Y44", "错码公司"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("uscc", violation(e).get("field"));
        assertEquals("uscc-check-digit", violation(e).get("rule"));
        assertEquals(before, SqlCount.of(tx, "SELECT COUNT(*) FROM export_vendor"));

        Map<String, Object> v = call(asOperator(HttpRequest.POST("/api/export/vendors", vendor("9144030071526726XG", "深圳出口样板有限公司"))));
        String id = (String) v.get("vendorId");
        HttpClientResponseException twice = refused(asOperator(HttpRequest.POST("/api/export/vendors", vendor("9144030071526726XG", "深圳出口样板有限公司"))));
        assertEquals(HttpStatus.CONFLICT, twice.getStatus());

        Map<String, Object> english = listing("SZ-1", "8509400000", false);
        english.put("titleZh", "Blender");
        assertEquals("zh-CN", violation(refused(asOperator(HttpRequest.PUT("/api/export/vendors/" + id + "/listings", english)))).get("rule"));
        http.toBlocking().exchange(asOperator(HttpRequest.PUT("/api/export/vendors/" + id + "/listings", listing("SZ-DRONE", "8806221000", true))));
        Map<String, Object> licenced = violation(refused(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders",
                order("L-1", "9610", "SZ-DRONE", "2026-03-01T00:00:00Z")))));
        assertEquals("lines[0].sku", licenced.get("field"));
        assertEquals("licence-not-9610", licenced.get("rule"));
        Map<String, Object> badMode = violation(refused(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders",
                order("L-2", "1210", "SZ-DRONE", "2026-03-01T00:00:00Z")))));
        assertEquals("mode", badMode.get("field"));
        assertEquals(0, SqlCount.of(tx, "SELECT COUNT(*) FROM export_order WHERE marketplace_order_id LIKE 'L-%'"));

        // A sale before the settlement table's first rate is kept, but cannot be settled: the statement says why.
        call(asOperator(HttpRequest.POST("/api/export/vendors/" + id + "/orders", order("L-3", "9810", "SZ-DRONE", "2020-03-01T00:00:00Z"))));
        Map<String, Object> noRate = violation(refused(asOperator(HttpRequest.GET("/api/export/vendors/" + id
                + "/statement?from=2020-01-01&to=2020-12-31"))));
        assertEquals("fx-rate-missing", noRate.get("rule"));
        assertEquals("to", violation(refused(asOperator(HttpRequest.GET("/api/export/vendors/" + id
                + "/statement?from=2020-01-01&to=2019-12-31")))).get("field"));
        assertEquals("size", violation(refused(asOperator(HttpRequest.GET("/api/export/vendors/" + id + "/listings?size=101")))).get("field"));
        assertEquals("page", violation(refused(asOperator(HttpRequest.GET("/api/export/vendors?page=-1")))).get("field"));
    }
}
