package io.kuajing.app.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kuajing.app.TestTokens;
import io.kuajing.app.logging.JsonLinesLayout;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * What operators get over HTTP: health for anyone with details for operators only, metrics for operators only,
 * and a request id on every answer, in problem documents and in the log lines of the request.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Test
    void anonymousHealthSaysOnlyUp() {
        String body = http.toBlocking().retrieve("/health");
        assertTrue(body.contains("\"UP\""), body);
        assertFalse(body.contains("details") || body.contains("database"), "no details for anonymous callers: " + body);
        assertTrue(http.toBlocking().retrieve("/health/readiness").contains("\"UP\""));
        assertTrue(http.toBlocking().retrieve("/health/liveness").contains("\"UP\""));
    }

    @Test
    void aConsumerGetsNoDetailsEither() {
        String body = get("/health", Roles.CONSUMER).body();
        assertFalse(body.contains("database"), body);
    }

    @Test
    @SuppressWarnings("unchecked")
    void operatorsSeeEachCheck() {
        Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health")
                .header("Authorization", TestTokens.bearer(tokens, "op", Roles.OPERATOR)), Map.class);
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        assertEquals("UP", health.get("status"), health.toString());
        for (String check : List.of("database", "outbox", "plugins", "singleWindow")) {
            assertTrue(details.containsKey(check), check + " in " + details.keySet());
        }
        Map<String, Object> outbox = (Map<String, Object>) ((Map<String, Object>) details.get("outbox")).get("details");
        assertTrue(outbox.containsKey("backlog") && outbox.containsKey("oldestAgeSeconds"), outbox.toString());
        assertEquals("sandbox", ((Map<String, Object>) ((Map<String, Object>) details.get("singleWindow")).get("details")).get("mode"));

        Map<String, Object> readiness = http.toBlocking().retrieve(HttpRequest.GET("/health/readiness")
                .header("Authorization", TestTokens.bearer(tokens, "op", Roles.OPERATOR)), Map.class);
        Map<String, Object> ready = (Map<String, Object>) readiness.get("details");
        assertTrue(ready.containsKey("database") && ready.containsKey("singleWindow"), ready.keySet().toString());
    }

    @Test
    void metricsAreForOperatorsOnly() {
        HttpClientResponseException anonymous = assertThrowsStatus(() -> http.toBlocking().exchange("/prometheus"));
        assertEquals(401, anonymous.getStatus().getCode());
        assertTrue(anonymous.getResponse().getHeaders().contains("X-Request-Id"), "a refusal carries its request id too");
        HttpClientResponseException consumer = assertThrowsStatus(() -> get("/prometheus", Roles.CONSUMER));
        assertEquals(403, consumer.getStatus().getCode());

        get("/prometheus", Roles.OPERATOR);
        String metrics = get("/prometheus", Roles.OPERATOR).body();
        for (String metric : List.of("jvm_memory_used_bytes", "http_server_requests_seconds_count", "hikaricp_connections_active",
                "kuajing_orders_placed_total{mode=\"DIRECT_MAIL\"}", "kuajing_orders_paid_total", "kuajing_orders_delivered_total",
                "kuajing_customs_declarations_sent_total", "kuajing_customs_declarations_refused",
                "kuajing_customs_declarations_released_total", "kuajing_customs_release_seconds_count",
                "kuajing_outbox_backlog", "kuajing_outbox_oldest_age_seconds", "kuajing_catalog_import_rows_total")) {
            assertTrue(metrics.contains(metric), metric + " missing from the scrape");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedRequestNamesItsIdInTheProblemTheHeaderAndTheLog() throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger security = (Logger) LoggerFactory.getLogger("io.micronaut.security");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Level before = security.getLevel();
        security.setLevel(Level.DEBUG);
        HttpClientResponseException refused;
        try {
            refused = assertThrowsStatus(() -> http.toBlocking().exchange(HttpRequest.POST("/api/purchase/checkout", Map.of("lines", List.of()))
                    .header("Authorization", TestTokens.bearer(tokens, "c", Roles.CONSUMER))
                    .header("Idempotency-Key", "rid-1"), Map.class));
        } finally {
            security.setLevel(before);
            root.detachAppender(captured);
        }
        assertEquals(422, refused.getStatus().getCode());
        String id = refused.getResponse().getHeaders().get("X-Request-Id");
        assertTrue(id != null && id.matches("[0-9a-f-]{36}"), "a fresh id: " + id);
        Map<String, Object> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(id, problem.get("requestId"), problem.toString());

        List<ILoggingEvent> lines = captured.list.stream().filter(e -> id.equals(e.getMDCPropertyMap().get("requestId"))).toList();
        assertFalse(lines.isEmpty(), "log lines of the request carry its id");
        assertTrue(new JsonLinesLayout().doLayout(lines.get(0)).contains("\"mdc.requestId\":\"" + id + "\""));
        PatternLayout text = new PatternLayout();
        text.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        text.setPattern(shippedTextPattern().replace("%maskedMessage", "%msg"));
        text.start();
        assertTrue(text.doLayout(lines.get(0)).contains("[" + id + "]"), text.doLayout(lines.get(0)));
    }

    @Test
    void aSaneIncomingIdIsKeptAnInsaneOneReplaced() {
        HttpResponse<String> kept = http.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "gw-42_abc"), String.class);
        assertEquals("gw-42_abc", kept.getHeaders().get("X-Request-Id"));
        String hostile = "x\r\nSet-Cookie: a".replaceAll("[\r\n]", "") + "<script>";
        HttpResponse<String> replaced = http.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", hostile), String.class);
        assertNotEquals(hostile, replaced.getHeaders().get("X-Request-Id"));
        HttpResponse<String> tooLong = http.toBlocking().exchange(HttpRequest.GET("/health").header("X-Request-Id", "a".repeat(65)), String.class);
        assertEquals(36, tooLong.getHeaders().get("X-Request-Id").length());
    }

    private HttpResponse<String> get(String path, String role) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).header("Authorization", TestTokens.bearer(tokens, "someone", role));
        return http.toBlocking().exchange(request, String.class);
    }

    private static HttpClientResponseException assertThrowsStatus(org.junit.jupiter.api.function.Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class, call);
    }

    /** The TEXT pattern the shipped logback.xml uses. */
    private static String shippedTextPattern() throws IOException {
        try (InputStream in = ObservabilityTest.class.getResourceAsStream("/logback.xml")) {
            Matcher pattern = Pattern.compile("<pattern>(.*?)</pattern>").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(pattern.find(), "logback.xml has a TEXT pattern");
            return pattern.group(1);
        }
    }
}
