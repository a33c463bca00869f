package io.kuajing.customs.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.platform.Roles;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The warehouse's intake of entry lists and the account book's stock, through HTTP on MySQL. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BondedBookControllerTest implements WithTestDatabase {

    static final String BOOK = "T2900W000101";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JwtTokenGenerator tokens;

    String token(String role) {
        return tokens.generateToken(Authentication.build("warehouse-1", List.of(role)), 600).orElseThrow();
    }

    <T> MutableHttpRequest<T> asOperator(MutableHttpRequest<T> request) {
        return request.bearerAuth(token(Roles.OPERATOR));
    }

    @SuppressWarnings("rawtypes")
    HttpResponse<Map> exchange(MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(asOperator(request), Map.class);
    }

    HttpResponse<?> post(Map<String, Object> entry) {
        return exchange(HttpRequest.POST("/api/customs/bonded-book/entries", entry));
    }

    HttpClientResponseException refused(Map<String, Object> entry) {
        return assertThrows(HttpClientResponseException.class, () -> post(entry));
    }

    static Map<String, Object> entry(String entryNo, Object... items) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("emsNo", BOOK);
        entry.put("entryNo", entryNo);
        entry.put("items", List.of(items));
        return entry;
    }

    static Map<String, Object> item(String itemNo, String hsCode, Object qty) {
        Map<String, Object> item = new HashMap<>();
        item.put("itemNo", itemNo);
        item.put("hsCode", hsCode);
        item.put("itemName", "面霜");
        item.put("qty", qty);
        return item;
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    @Test
    void onlyOperatorsRecordEntriesOrReadTheBook() {
        HttpRequest<?> anonymous = HttpRequest.POST("/api/customs/bonded-book/entries", entry("E-AUTH", item("SKU-1", "3304990099", 1)));
        assertEquals(HttpStatus.UNAUTHORIZED, assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(anonymous)).getStatus());
        HttpRequest<?> consumer = HttpRequest.GET("/api/customs/bonded-book/" + BOOK).bearerAuth(token(Roles.CONSUMER));
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(consumer)).getStatus());
    }

    @Test
    void anEntryIsRecordedOnceAndTheBookShowsItsStock() {
        Map<String, Object> entry = entry("E-0001", item("SKU-CREAM-50", "3304990099", 12), item("SKU-LIP-01", "3304.10.0000", "3"));
        HttpResponse<?> created = post(entry);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("/api/customs/bonded-book/" + BOOK, created.getHeaders().get("Location"));
        Map<?, ?> body = (Map<?, ?>) created.body();
        assertEquals("E-0001", body.get("entryNo"));
        assertEquals(Map.of("itemNo", "SKU-LIP-01", "hsCode", "3304100000", "itemName", "面霜", "qty", "3"),
                ((List<?>) body.get("items")).get(1));

        HttpResponse<?> again = post(entry);
        assertEquals(HttpStatus.OK, again.getStatus(), "the same entry again is answered, not booked");
        assertEquals(body, again.body());

        Map<?, ?> cream = exchange(HttpRequest.GET("/api/customs/bonded-book/" + BOOK + "/items/SKU-CREAM-50")).body();
        assertEquals(Map.of("emsNo", BOOK, "itemNo", "SKU-CREAM-50", "hsCode", "3304990099", "itemName", "面霜", "stock", "12"), cream);
        post(entry("E-0002", item("SKU-CREAM-50", "3304990099", 8)));
        List<?> items = (List<?>) exchange(HttpRequest.GET("/api/customs/bonded-book/" + BOOK)).body().get("items");
        assertEquals(List.of("SKU-CREAM-50 20", "SKU-LIP-01 3"), items.stream().map(i -> (Map<?, ?>) i)
                .map(i -> i.get("itemNo") + " " + i.get("stock")).toList());
    }

    @Test
    void anEntryNumberSentAgainWithOtherContentIsAConflictNamingTheField() {
        post(entry("E-0100", item("SKU-TEA", "0902300000", 5)));
        HttpClientResponseException conflict = refused(entry("E-0100", item("SKU-TEA", "0902300000", 6)));
        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
        assertViolation(conflict, "items[0].qty", "entry-recorded-differently");
        assertEquals("5", exchange(HttpRequest.GET("/api/customs/bonded-book/" + BOOK + "/items/SKU-TEA")).body().get("stock"));
    }

    @Test
    void anEntryTheBookCannotRecordIsA422NamingTheFieldAndTheRule() {
        Map<String, Object> ok = entry("E-0200", item("SKU-1", "3304990099", 1));
        assertRefused(with(ok, "emsNo", "EMS-1"), "emsNo", "ems-no-format");
        assertRefused(with(ok, "emsNo", null), "emsNo", "required");
        assertRefused(with(ok, "entryNo", null), "entryNo", "required");
        assertRefused(with(ok, "items", List.of()), "items", "not-empty");
        assertRefused(with(ok, "items", null), "items", "not-empty");
        assertRefused(entry("E-0200", item("SKU-1", "3304990099", 0)), "items[0].qty", "positive-whole");
        assertRefused(entry("E-0200", item("SKU-1", "3304990099", -2)), "items[0].qty", "positive-whole");
        assertRefused(entry("E-0200", item("SKU-1", "3304990099", "1.5")), "items[0].qty", "positive-whole");
        assertRefused(entry("E-0200", item("SKU-1", "3304990099", null)), "items[0].qty", "positive-whole");
        assertRefused(entry("E-0200", item("SKU-1", "33049900", 1)), "items[0].hsCode", "hs-code");
        assertRefused(entry("E-0200", item("SKU-1", "33O4990099", 1)), "items[0].hsCode", "hs-code");
        assertRefused(entry("E-0200", item("SKU-1", "3304990099", 1), item(null, "3304990099", 1)), "items[1].itemNo", "required");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(with(ok, "items", withNull), "items[0]", "required");
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> exchange(HttpRequest.GET("/api/customs/bonded-book/" + BOOK + "/items/SKU-1"))).getStatus(), "nothing was booked");
    }

    @Test
    void theBookIsReadByAWellFormedNumber() {
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> exchange(HttpRequest.GET("/api/customs/bonded-book/ems-1")));
        assertViolation(bad, "emsNo", "ems-no-format");
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> exchange(HttpRequest.GET("/api/customs/bonded-book/T2900W999999"))).getStatus());
    }

    void assertRefused(Map<String, Object> entry, String field, String rule) {
        HttpClientResponseException refused = refused(entry);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus(), entry.toString());
        assertViolation(refused, field, rule);
    }

    static void assertViolation(HttpClientResponseException e, String field, String rule) {
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        Map<?, ?> violation = (Map<?, ?>) ((List<?>) problem.get("violations")).get(0);
        assertEquals(field + " " + rule, violation.get("field") + " " + violation.get("rule"), problem.toString());
        assertEquals(e.getStatus().getCode(), ((Number) problem.get("status")).intValue());
    }
}
