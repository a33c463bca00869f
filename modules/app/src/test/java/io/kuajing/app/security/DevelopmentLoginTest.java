package io.kuajing.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dev environment's login hands out tokens whose roles the routes honour. */
@MicronautTest(environments = {"test", "dev"}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentLoginTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDevelopmentPluginAdminGetsATokenThatOpensThePluginList() {
        Map<?, ?> login = http.toBlocking().retrieve(HttpRequest.POST("/login",
                Map.of("username", "plugin-admin", "password", "plugin-admin")), Map.class);
        String token = (String) login.get("access_token");
        assertEquals(200, http.toBlocking().exchange(HttpRequest.GET("/api/plugins").bearerAuth(token)).code());
    }

    @Test
    void aConsumerTokenDoesNotOpenThePluginList() {
        Map<?, ?> login = http.toBlocking().retrieve(HttpRequest.POST("/login",
                Map.of("username", "consumer", "password", "consumer")), Map.class);
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/plugins").bearerAuth((String) login.get("access_token"))));
        assertEquals(403, refused.getStatus().getCode());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/login",
                        Map.of("username", "operator", "password", "guess"))));
        assertEquals(401, refused.getStatus().getCode());
    }
}
