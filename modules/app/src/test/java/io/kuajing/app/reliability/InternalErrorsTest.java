package io.kuajing.app.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A failure inside the server is answered 500 problem+json with a request id, and nothing of what failed. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalErrorsTest implements WithTestDatabase {

    static final String SECRET = "SELECT buyer_id_number FROM purchase_order -- 11010519491231002X at jdbc:mysql://db:3306";

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.test.failing-route", "true");
        return properties;
    }

    /** A route that fails the way a bug does, with a message full of what must never reach a client. */
    @Controller("/api/test-only/failing")
    @Requires(property = "kuajing.test.failing-route", value = "true")
    @Secured(Roles.CONSUMER)
    static class FailingRoute {

        @Get
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void a500ShowsARequestIdAndNoInternals() {
        CatalogueOverHttp.Answer answer = new CatalogueOverHttp(server.getURI()).send("GET", "/api/test-only/failing",
                TestTokens.bearer(tokens, "consumer-1", Roles.CONSUMER), null, Map.of());
        assertEquals(500, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.json().get("requestId") instanceof String, answer.body());
        for (String internal : new String[] {"SELECT", "11010519491231002X", "jdbc", "IllegalStateException", "io.kuajing"}) {
            assertFalse(answer.body().contains(internal), internal + " leaked: " + answer.body());
        }
    }
}
