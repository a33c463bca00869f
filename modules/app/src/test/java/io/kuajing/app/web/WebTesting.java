package io.kuajing.app.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.app.demo.SimulatedPace;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.security.token.generator.TokenGenerator;

/** What the browser journeys share: users who sign in on the page, fast workers, and the imported sample catalogue. */
final class WebTesting {

    private WebTesting() {
    }

    static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(SimulatedPace.racing());
        properties.putAll(Map.ofEntries(
                Map.entry("kuajing.security.dev-users.consumer.password", "consumer"),
                Map.entry("kuajing.security.dev-users.consumer.roles", "CONSUMER"),
                Map.entry("kuajing.security.dev-users.consumer2.password", "consumer2"),
                Map.entry("kuajing.security.dev-users.consumer2.roles", "CONSUMER"),
                Map.entry("kuajing.security.dev-users.operator.password", "operator"),
                Map.entry("kuajing.security.dev-users.operator.roles", "OPERATOR"),
                Map.entry("kuajing.plugins.dir", "target/kuajing/plugins")));
        return properties;
    }

    /** The amazon.com sample catalogue, imported through its plugin once per test context, as the shop lists it. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> importedCatalogue(HttpClient http, TokenGenerator tokens) {
        String operator = TestTokens.bearer(tokens, "operator", Roles.OPERATOR);
        String consumer = TestTokens.bearer(tokens, "consumer", Roles.CONSUMER);
        Map<String, Object> listed = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/products?size=100")
                .header("Authorization", consumer), Argument.mapOf(String.class, Object.class));
        if (((List<?>) listed.get("items")).isEmpty()) {
            Map<String, Object> run = http.toBlocking().retrieve(HttpRequest.POST("/api/catalog/imports",
                    Map.of("marketplace", "us-spapi-export")).header("Authorization", operator), Argument.mapOf(String.class, Object.class));
            Eventually.within(Duration.ofSeconds(60), "the import completes", () -> "COMPLETED".equals(http.toBlocking()
                    .retrieve(HttpRequest.GET("/api/catalog/imports/" + run.get("id")).header("Authorization", operator),
                            Argument.mapOf(String.class, Object.class)).get("status")));
            listed = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/products?size=100")
                    .header("Authorization", consumer), Argument.mapOf(String.class, Object.class));
        }
        return (List<Map<String, Object>>) listed.get("items");
    }
}
