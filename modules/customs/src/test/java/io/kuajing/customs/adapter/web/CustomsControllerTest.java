package io.kuajing.customs.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.Money;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomsControllerTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;
    @Inject
    Declarations declarations;
    @Inject
    Quotas quotas;

    String token(String role) {
        return tokens.generateToken(Authentication.build("staff-1", List.of(role)), 600).orElseThrow();
    }

    <T> HttpRequest<T> asOperator(io.micronaut.http.MutableHttpRequest<T> request) {
        return request.bearerAuth(token(Roles.OPERATOR));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Map.class);
    }

    HttpClientResponseException refused(HttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
    }

    @Test
    void onlyOperatorsMayAsk() {
        assertEquals(HttpStatus.UNAUTHORIZED, refused(HttpRequest.GET("/api/customs/declarations/KJ1")).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.GET("/api/customs/declarations/KJ1")
                .bearerAuth(token(Roles.CONSUMER))).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, refused(asOperator(HttpRequest.GET("/api/customs/declarations/KJ-NONE"))).getStatus());
    }

    @Test
    void aDeclarationsStatusAndReceiptsAreShownWithTheBuyerMasked() {
        declarations.declare(SampleOrders.directMail("KJ-WEB-1"));
        Eventually.within(java.time.Duration.ofSeconds(10), "released",
                () -> declarations.status("KJ-WEB-1").orElseThrow().releasedOn() != null);
        Map<String, Object> body = call(asOperator(HttpRequest.GET("/api/customs/declarations/KJ-WEB-1")));
        assertEquals("9610", body.get("regime"));
        assertEquals(Map.of("amount", "230.02", "currency", "CNY"), body.get("acturalPaid"));
        assertEquals("110*************2X", body.get("buyerIdNumber"));
        List<Map<String, Object>> receipts = http.toBlocking().retrieve(
                asOperator(HttpRequest.GET("/api/customs/declarations/KJ-WEB-1/receipts")), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(receipts.stream().anyMatch(r -> "CEB622".equals(r.get("messageType")) && Integer.valueOf(800).equals(r.get("status"))),
                receipts.toString());
    }

    @Test
    void aBuyersRemainingAllowanceIsShownMasked() {
        quotas.reserve(new QuotaReservation("KJ-WEB-Q", SampleOrders.BUYER_ID, Money.cny("1000.00"), false));
        Map<String, Object> body = call(asOperator(HttpRequest.POST("/api/customs/quotas/lookup",
                Map.of("idNumber", "11010519491231002x"))));
        assertEquals("110*************2X", body.get("buyerIdNumber"));
        assertEquals(Map.of("amount", "26000.00", "currency", "CNY"), body.get("annualLimit"));
        assertFalse(body.toString().contains("11010519491231002"), body.toString());
        assertTrue(new java.math.BigDecimal((String) ((Map<?, ?>) body.get("remaining")).get("amount")).compareTo(new java.math.BigDecimal("25000.00")) <= 0);
    }

    @Test
    void anInvalidIdNumberIsARuleViolationNamingTheField() {
        HttpClientResponseException e = refused(asOperator(HttpRequest.POST("/api/customs/quotas/lookup",
                Map.of("idNumber", "110105194912310021"))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertEquals("idNumber", violation(e).get("field"));
        assertFalse(e.getResponse().getBody(String.class).orElse("").contains("110105194912310021"));
    }

    @Test
    void aBasketIsQuotedPerLineAndInTotal() {
        Map<String, Object> body = call(asOperator(HttpRequest.POST("/api/customs/tax-quotes", Map.of(
                "regime", "9610", "on", "2026-11-23",
                "lines", List.of(Map.of("hsCode", "3304990099", "taxablePrice", "100.00", "quantity", 1, "contentPerUnit", 10),
                        Map.of("hsCode", "85098090", "taxablePrice", "100.00", "quantity", 1))))));
        assertEquals("CBEC_WITHIN_LIMITS", body.get("basis"));
        assertEquals(Map.of("amount", "32.16", "currency", "CNY"), body.get("total")); // 23.06 + 9.10
        assertEquals(2, ((List<?>) body.get("lines")).size());
    }

    @Test
    void badBasketsAreRefusedNamingTheField() {
        HttpClientResponseException hs = refused(asOperator(HttpRequest.POST("/api/customs/tax-quotes", Map.of(
                "regime", "9610", "lines", List.of(Map.of("hsCode", "33049", "taxablePrice", "1.00", "quantity", 1))))));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, hs.getStatus());
        assertEquals("lines[0].hsCode", violation(hs).get("field"));

        HttpClientResponseException limit = refused(asOperator(HttpRequest.POST("/api/customs/tax-quotes", Map.of(
                "regime", "1210", "lines", List.of(Map.of("hsCode", "85098090", "taxablePrice", "6000.00", "quantity", 2))))));
        assertEquals("per-transaction-limit", violation(limit).get("rule"));

        HttpClientResponseException empty = refused(asOperator(HttpRequest.POST("/api/customs/tax-quotes",
                Map.of("regime", "9610", "lines", List.of()))));
        assertEquals(HttpStatus.BAD_REQUEST, empty.getStatus());
        assertTrue(empty.getResponse().getBody(String.class).orElse("").contains("lines"));
    }

    /** The first violation of a problem+json answer: {field, rule, message}. */
    private static Map<?, ?> violation(io.micronaut.http.client.exceptions.HttpClientResponseException e) {
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        return (Map<?, ?>) ((java.util.List<?>) problem.get("violations")).get(0);
    }
}
