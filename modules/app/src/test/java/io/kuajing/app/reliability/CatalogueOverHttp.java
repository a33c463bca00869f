package io.kuajing.app.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kuajing.platform.testing.Eventually;

/**
 * The reliability tests' client: plain JDK HTTP against the running app (no framework client between the request
 * and the wire, so what is sent is exactly the bytes written here), and the amazon.com sample catalogue imported once.
 */
final class CatalogueOverHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    CatalogueOverHttp(URI base) {
        this.base = base;
    }

    /** An answer: status, content type and body as text. */
    record Answer(int status, String contentType, String body) {

        Map<String, Object> json() {
            try {
                return JSON.readValue(body, new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Answer send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, String token, Object body, Map<String, String> headers) {
        try {
            return send("POST", path, token, JSON.writeValueAsString(body), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Imports the amazon.com sample catalogue through its plugin and answers the first products' listing items. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> importSample(String operator, String consumer) {
        Map<String, Object> run = post("/api/catalog/imports", operator, Map.of("marketplace", "us-spapi-export"), Map.of()).json();
        Eventually.within(Duration.ofSeconds(90), "the import completes", () -> "COMPLETED".equals(
                send("GET", "/api/catalog/imports/" + run.get("id"), operator, null, Map.of()).json().get("status")));
        // The translation worker leases and clears the imported products in the background: wait for its queue to
        // empty, or its writes would show in the table checksums of the cases that follow.
        Eventually.within(Duration.ofSeconds(90), "the translation queue is worked off", () -> ((Number) send("GET",
                "/api/catalog/operator/translations/progress", operator, null, Map.of()).json().get("queuedProducts")).longValue() == 0);
        List<Map<String, Object>> items = (List<Map<String, Object>>) send("GET", "/api/catalog/products?size=100", consumer,
                null, Map.of()).json().get("items");
        assertTrue(items.size() > 10, "the sample catalogue is listed");
        return items;
    }

    static String withMode(List<Map<String, Object>> products, String mode) {
        return products.stream().filter(p -> ((List<?>) p.get("modes")).contains(mode)).map(p -> (String) p.get("sku"))
                .findFirst().orElseThrow(() -> new AssertionError("no product offers " + mode));
    }
}
