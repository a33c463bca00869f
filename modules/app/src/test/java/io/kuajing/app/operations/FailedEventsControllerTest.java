package io.kuajing.app.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedEventsControllerTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Test
    void anOperatorSeesTheFailedEventsAsJson() {
        String body = http.toBlocking().retrieve(HttpRequest.GET("/api/operations/failed-events")
                .header("Authorization", TestTokens.bearer(tokens, "ops", Roles.OPERATOR)));
        assertEquals("{\"items\":[],\"page\":0,\"size\":20,\"total\":null}", body);
    }

    @Test
    void resubmittingAnUnknownEventIsAProblemNamingTheField() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/operations/failed-events/999/resubmit", "")
                        .header("Authorization", TestTokens.bearer(tokens, "ops", Roles.OPERATOR)), String.class));
        assertEquals(422, e.getStatus().getCode());
        String problem = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"id\"") && problem.contains("\"rule\":\"failed-event-exists\""), problem);
    }
}
