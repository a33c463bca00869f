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

/** What export's route tests share: an operator's token, calls over real HTTP, the shapes of vendors, listings and orders. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportRoutesTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;
    @Inject
    TransactionOperations<Connection> tx;

    String token(String role) {
        return tokens.generateToken(Authentication.build("staff-7", List.of(role)), 600).orElseThrow();
    }

    <T> MutableHttpRequest<T> asOperator(MutableHttpRequest<T> request) {
        return request.bearerAuth(token(Roles.OPERATOR));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call(HttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Map.class);
    }

    /** Money is an object with a decimal string at the currency's scale (ADR 0024): compared as written. */
    static void assertMoney(String amount, String currency, Object actual) {
        assertEquals(Map.of("amount", amount, "currency", currency), actual);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    /** JSON numbers (rates, not money) arrive as doubles in a Map: compared by value, so 7.1 equals 7.1000. */
    static void assertAmount(String expected, Object actual, String... message) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                expected + " expected, was " + actual + " " + String.join(" ", message));
    }

    HttpClientResponseException refused(HttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> violation(HttpClientResponseException e) {
        Map<String, Object> problem = e.getResponse().getBody(Map.class).orElseThrow();
        return ((List<Map<String, Object>>) problem.get("violations")).get(0);
    }

    static Map<String, Object> vendor(String uscc, String name) {
        return Map.of("name", name, "uscc", uscc, "customsCode", "4403960ABC",
                "settlement", Map.of("bank", "中国银行深圳分行", "accountNumber", "6217000012345678901", "currency", "USD"));
    }

    static Map<String, Object> listing(String sku, String hsCode, boolean licence) {
        Map<String, Object> l = new HashMap<>(Map.of("sku", sku, "titleZh", "便携式锂电池充电宝 10000mAh", "hsCode", hsCode,
                "declaredValueCny", 85.00, "weightKg", 0.25));
        l.put("exportLicenceRequired", licence);
        return l;
    }

    static Map<String, Object> order(String marketplaceOrderId, String mode, String sku, String soldAt) {
        return Map.of("marketplace", "us-spapi", "marketplaceOrderId", marketplaceOrderId, "mode", mode,
                "destination", "US", "soldAt", soldAt, "currency", "USD", "marketplaceFee", 3.00,
                "lines", List.of(Map.of("sku", sku, "quantity", 2, "unitPrice", 19.99)));
    }
}
