package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.app.demo.CarrierSimulators;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 直邮 from checkout to the doorstep through the one JAR: the real carrier plugins booked against their simulated
 * services (a day passes in a fraction of a second), the customs sandbox answering the declaration, and the order
 * following logistics' and customs' events to DELIVERED.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectMailJourneyTest implements WithTestDatabase {

    private CarrierSimulators carriers;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        carriers = CarrierSimulators.start(Duration.ofMillis(300));
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.putAll(carriers.settings());
        properties.put("kuajing.plugins.dir", "target/kuajing/plugins");
        properties.put("kuajing.logistics.worker.interval", "200ms");
        properties.put("kuajing.logistics.worker.initial-delay", "200ms");
        properties.put("kuajing.logistics.worker.poll-interval", "300ms");
        properties.put("kuajing.logistics.worker.booking-retry", "300ms");
        properties.put("kuajing.outbox.first-retry-delay", "200ms");
        properties.put("kuajing.outbox.max-retry-delay", "1s");
        properties.put("kuajing.customs.receipt-poll-interval", "100ms");
        properties.put("kuajing.customs.single-window.sandbox-delay", "100ms");
        return properties;
    }

    @AfterAll
    void stopCarriers() {
        carriers.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectMailOrderIsDeclaredReleasedFlownAndDelivered() {
        String operator = TestTokens.bearer(tokens, "operator-1", Roles.OPERATOR);
        String consumer = TestTokens.bearer(tokens, "consumer-zhao", Roles.CONSUMER);
        Map<String, Object> run = call(HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "us-spapi-export")), operator);
        Eventually.within(Duration.ofSeconds(60), "the import completes", () -> "COMPLETED".equals(
                call(HttpRequest.GET("/api/catalog/imports/" + run.get("id")), operator).get("status")));
        List<Map<String, Object>> products = (List<Map<String, Object>>) call(
                HttpRequest.GET("/api/catalog/products?size=100"), consumer).get("items");
        String sku = products.stream().filter(p -> ((List<?>) p.get("modes")).contains("DIRECT_MAIL"))
                .map(p -> (String) p.get("sku")).findFirst().orElseThrow();

        Map<String, Object> placed = call(HttpRequest.POST("/api/checkout", Map.of(
                "lines", List.of(Map.of("sku", sku, "quantity", 1, "mode", "DIRECT_MAIL")),
                "buyer", Map.of("realName", "赵六", "idNumber", "11010519491231002X", "phone", "13712345678"),
                "consignee", Map.of("name", "赵六", "phone", "13712345678", "divisionCode", "310115",
                        "address", "上海市浦东新区世纪大道100号"))).header("Idempotency-Key", "dm-1"), consumer);
        String orderNo = (String) ((List<Map<String, Object>>) placed.get("orders")).get(0).get("orderNo");
        call(HttpRequest.POST("/api/orders/" + orderNo + "/payment",
                Map.of("payerName", "赵六", "payerIdNumber", "11010519491231002X")), consumer);

        Eventually.within(Duration.ofSeconds(90), "delivered", () -> "DELIVERED".equals(
                call(HttpRequest.GET("/api/orders/" + orderNo), consumer).get("status")));
        Map<String, Object> declaration = call(HttpRequest.GET("/customs/declarations/" + orderNo), operator);
        assertEquals(true, List.of("RELEASED", "CLEARED").contains(declaration.get("status")), declaration.toString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(MutableHttpRequest<?> request, String token) {
        return http.toBlocking().retrieve(request.header("Authorization", token), Map.class);
    }
}
