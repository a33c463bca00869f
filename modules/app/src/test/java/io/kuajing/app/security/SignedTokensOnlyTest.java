package io.kuajing.app.security;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

/**
 * The app does not start without a key for its tokens: unsigned tokens would be accepted then. The dev
 * environment is the one that starts without the test's settings (customs ships its registrations there).
 */
class SignedTokensOnlyTest {

    @Test
    void withoutASigningKeyTheAppRefusesToStartAndNamesTheSetting() {
        BeanInstantiationException refused = assertThrows(BeanInstantiationException.class, () -> {
            try (ApplicationContext ignored = ApplicationContext.builder().deduceEnvironment(false).environments("dev").start()) {
                // started: the assertion fails
            }
        });
        assertTrue(refused.getMessage().contains("KUAJING_JWT_SECRET"), refused.getMessage());
    }

    @Test
    void withOneItStarts() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("dev")
                .properties(Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", "a-secret-long-enough-for-hs256-signing-0123456789")).start()) {
            assertTrue(context.containsBean(SignedTokensOnly.class));
        }
    }
}
