package io.kuajing.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.app.TestTokens;
import io.kuajing.app.observability.MovingClock;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bearer token used again is not validated again (ADR 0048), and keeping it never admits what the validators would
 * refuse now: a token past its expiry, a token a claims validator has since revoked, or another token that shares the
 * kept one's claims but not its signature.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "spec.name", value = "ValidatedTokensTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatedTokensTest implements WithTestDatabase {

    private static final String MY_ORDERS = "/api/purchase/orders";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Inject
    RevokedSubjects revoked;

    @Inject
    Validations validations;

    @Test
    void aTokenUsedAgainIsNotValidatedAgain() {
        String bearer = TestTokens.bearer(tokens, "again", Roles.CONSUMER);
        assertEquals(200, status(bearer));
        assertEquals(200, status(bearer));
        assertEquals(200, status(bearer));
        assertEquals(1, validations.of(bearer.substring("Bearer ".length())), "validations of the token");
    }

    @Test
    void anExpiredTokenIsRefusedAfterBeingKept() throws InterruptedException {
        String jwt = tokens.generateToken(Authentication.build("briefly", List.of(Roles.CONSUMER)), 1).orElseThrow();
        assertEquals(200, status("Bearer " + jwt));
        // exp is in whole seconds: past it for certain after two.
        Thread.sleep(2_100);
        assertEquals(401, status("Bearer " + jwt));
    }

    @Test
    void aRevokedTokenIsRefusedAfterBeingKept() {
        String bearer = TestTokens.bearer(tokens, "revoked-later", Roles.CONSUMER);
        assertEquals(200, status(bearer));
        revoked.subjects.add("revoked-later");
        assertEquals(401, status(bearer));
    }

    @Test
    void aTokenWithAnotherSignatureIsNotTakenForTheKeptOne() {
        String bearer = TestTokens.bearer(tokens, "signed", Roles.CONSUMER);
        assertEquals(200, status(bearer));
        String signature = bearer.substring(bearer.lastIndexOf('.') + 1);
        String forged = bearer.substring(0, bearer.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        assertEquals(401, status(forged));
    }

    @Test
    void anEntryEndsAtTheTokensExpiryOrAfterTheMaximumAge() {
        MovingClock clock = new MovingClock();
        ValidatedTokens kept = new ValidatedTokens(List.of(), clock);
        HttpRequest<?> request = HttpRequest.GET("/");
        kept.remember("short", Authentication.build("a", List.of(), Map.of(Claims.EXPIRATION_TIME,
                Date.from(clock.instant().plusSeconds(60)))));
        kept.remember("long", Authentication.build("b", List.of(), Map.of(Claims.EXPIRATION_TIME,
                Date.from(clock.instant().plusSeconds(3_600)))));
        clock.advance(Duration.ofSeconds(59));
        assertNotNull(kept.stillValid("short", request));
        clock.advance(Duration.ofSeconds(1));
        assertNull(kept.stillValid("short", request), "kept past the token's expiry");
        assertNotNull(kept.stillValid("long", request));
        clock.advance(ValidatedTokens.MAX_AGE);
        assertNull(kept.stillValid("long", request), "kept past the maximum age");
    }

    private int status(String bearer) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(MY_ORDERS).header("Authorization", bearer), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** A revocation list as a deployment could add one: a claims validator that refuses the subjects named. */
    @Singleton
    @Requires(property = "spec.name", value = "ValidatedTokensTest")
    static class RevokedSubjects implements GenericJwtClaimsValidator<HttpRequest<?>> {

        final Set<String> subjects = Collections.newSetFromMap(new ConcurrentHashMap<>());

        @Override
        public boolean validate(Claims claims, HttpRequest<?> request) {
            return !subjects.contains(String.valueOf(claims.get(Claims.SUBJECT)));
        }
    }

    /** The tokens the framework validated, one entry per validation. */
    @Singleton
    @Requires(property = "spec.name", value = "ValidatedTokensTest")
    static class Validations implements ApplicationEventListener<TokenValidatedEvent> {

        private final List<Object> tokens = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(TokenValidatedEvent event) {
            tokens.add(event.getSource());
        }

        long of(String token) {
            return tokens.stream().filter(token::equals).count();
        }
    }
}
