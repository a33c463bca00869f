package io.kuajing.app;

import java.util.List;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;

/** Bearer tokens for tests, signed like the app signs them: subject and roles. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String bearer(TokenGenerator tokens, String subject, String... roles) {
        return "Bearer " + tokens.generateToken(Authentication.build(subject, List.of(roles)), 600)
                .orElseThrow(() -> new IllegalStateException("no token generated"));
    }
}
