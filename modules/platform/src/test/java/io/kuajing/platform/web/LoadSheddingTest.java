package io.kuajing.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kuajing.platform.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

/** The shedder admits up to its bound, answers 429 with Retry-After beyond it, never sheds health, and frees a place per answer. */
class LoadSheddingTest {

    private final LoadShedding shedding = new LoadShedding(2, 3);

    @Test
    void beyondTheBoundARequestIsAnswered429WithRetryAfterUntilOneInFlightIsAnswered() {
        MutableHttpRequest<?> first = HttpRequest.GET("/api/purchase/orders");
        MutableHttpRequest<?> second = HttpRequest.GET("/api/catalog/products");
        assertNull(shedding.admit(first));
        assertNull(shedding.admit(second));

        HttpResponse<?> shed = shedding.admit(HttpRequest.GET("/api/catalog/products/KJ-1"));
        assertNotNull(shed, "a third request while two are in flight is shed");
        assertEquals(429, shed.code());
        assertEquals("3", shed.getHeaders().get("Retry-After"));
        Problem problem = (Problem) shed.body();
        assertEquals(429, problem.status());
        assertTrue(problem.detail().contains("retry after 3 s"), problem.detail());
        assertEquals(2, shedding.inFlight(), "a shed request takes no place");

        assertNull(shedding.admit(HttpRequest.GET("/health")), "health is never shed");
        assertNull(shedding.admit(HttpRequest.GET("/health/readiness")), "nor readiness");
        assertEquals(2, shedding.inFlight(), "health takes no place either");

        shedding.done(first, HttpResponse.ok());
        shedding.done(first, HttpResponse.ok());
        assertEquals(1, shedding.inFlight(), "an answer frees its place once, however often its filter runs");
        assertNull(shedding.admit(HttpRequest.GET("/api/catalog/products/KJ-1")), "and the next request is admitted");
    }
}
