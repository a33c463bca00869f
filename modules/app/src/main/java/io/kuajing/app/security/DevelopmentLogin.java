package io.kuajing.app.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /login} for the configured development users: answers a signed bearer token whose subject is the
 * username and whose roles are the user's. Exists only when development users are configured.
 */
@Singleton
@Requires(beans = DevelopmentUsers.class)
class DevelopmentLogin<B> implements HttpRequestAuthenticationProvider<B> {

    private final List<DevelopmentUsers> users;

    DevelopmentLogin(List<DevelopmentUsers> users) {
        this.users = users;
        LoggerFactory.getLogger(DevelopmentLogin.class).warn(
                "development login is on for {} user(s): never run it like this in production", users.size());
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return users.stream()
                .filter(u -> u.getUsername().equals(credentials.getIdentity()))
                .filter(u -> u.getPassword() != null && sameSecret(u.getPassword(), credentials.getSecret()))
                .findFirst()
                .map(u -> AuthenticationResponse.success(u.getUsername(), u.getRoles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    /** Constant-time, so a wrong password's timing tells nothing. */
    private static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
