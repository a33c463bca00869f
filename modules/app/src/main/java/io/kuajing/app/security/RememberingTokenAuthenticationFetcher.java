package io.kuajing.app.security;

import java.util.List;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The framework's bearer-token authentication, which asks {@link ValidatedTokens} first: a token validated before
 * and still accepted by every claims validator is not parsed, its signature not checked and its authentication not
 * built again. A token seen for the first time goes through the framework's validators as before, and only what they
 * produce from that very token is kept. {@link TokenValidatedEvent} is published when a token is validated, not on
 * each later use of it.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class RememberingTokenAuthenticationFetcher extends TokenAuthenticationFetcher {

    private final TokenResolver<HttpRequest<?>> tokens;
    private final ValidatedTokens validated;

    RememberingTokenAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> tokenValidators,
                                          TokenResolver<HttpRequest<?>> tokens,
                                          ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher,
                                          HttpHostResolver httpHostResolver, HttpLocaleResolver httpLocaleResolver,
                                          ValidatedTokens validated) {
        super(tokenValidators, tokens, tokenValidatedEventPublisher, httpHostResolver, httpLocaleResolver);
        this.tokens = tokens;
        this.validated = validated;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        // In the readers' order, bearer header before session cookie; the first token accepted authenticates.
        return Flux.fromIterable(tokens.resolveTokens(request)).concatMap(token -> authenticate(token, request));
    }

    private Mono<Authentication> authenticate(String token, HttpRequest<?> request) {
        Authentication known = validated.stillValid(token, request);
        if (known != null) {
            request.setAttribute(SecurityFilter.TOKEN, token);
            return Mono.just(known);
        }
        return Flux.fromIterable(tokenValidators).concatMap(validator -> validator.validateToken(token, request)).next()
                .map(authentication -> {
                    request.setAttribute(SecurityFilter.TOKEN, token);
                    tokenValidatedEventPublisher.publishEvent(new TokenValidatedEvent(token,
                            httpHostResolver.resolve(request), httpLocaleResolver.resolveOrDefault(request)));
                    validated.remember(token, authentication);
                    return authentication;
                });
    }
}
