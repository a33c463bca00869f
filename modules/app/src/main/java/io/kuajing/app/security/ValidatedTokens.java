package io.kuajing.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.MapClaims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Bearer tokens this process has validated, keyed by the whole token, so a client that sends the same token again is
 * not parsed and its signature not checked again (ADR 0048). Only what cannot change for one token string under one
 * signing secret is skipped: every claims validator (expiry, not-before, and any revocation a deployment adds) is
 * asked again on every use, and an entry lives no longer than the token's expiry nor than {@link #MAX_AGE}.
 */
@Singleton
class ValidatedTokens {

    /** Bounds how long an entry is kept whatever the token says: its memory, not its validity. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** About 10,000 clients active within {@link #MAX_AGE}; past it new tokens are validated each time, not kept. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators;
    private final Clock clock;

    ValidatedTokens(List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators, Clock clock) {
        this.claimsValidators = claimsValidators;
        this.clock = clock;
    }

    /** The authentication {@code token} was validated to, if it is kept and every claims validator accepts it now. */
    @Nullable
    Authentication stillValid(String token, HttpRequest<?> request) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.until()) || !claimsAccepted(entry.claims(), request)) {
            entries.remove(token, entry);
            return null;
        }
        return entry.authentication();
    }

    /** Keeps {@code authentication}, which the framework's validators have just produced from {@code token}. */
    void remember(String token, Authentication authentication) {
        Instant now = clock.instant();
        Instant until = now.plus(MAX_AGE);
        // The JWT validator's authentication carries the token's claims, exp as a Date.
        if (authentication.getAttributes().get(Claims.EXPIRATION_TIME) instanceof Date expiry
                && expiry.toInstant().isBefore(until)) {
            until = expiry.toInstant();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(token, new Entry(authentication, new MapClaims(authentication.getAttributes()), until));
    }

    private boolean claimsAccepted(Claims claims, HttpRequest<?> request) {
        for (GenericJwtClaimsValidator<HttpRequest<?>> validator : claimsValidators) {
            if (!validator.validate(claims, request)) {
                return false;
            }
        }
        return true;
    }

    private record Entry(Authentication authentication, Claims claims, Instant until) {
    }
}
