package io.kuajing.app.security;

import java.util.Optional;

import io.kuajing.platform.web.pages.FormTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

/**
 * Reads a browser's signed-in session: the same signed JWT as a bearer token (same roles, same expiry), kept in the
 * HttpOnly cookie {@value FormTokens#SESSION_COOKIE} that the page login sets. Micronaut's own cookie reader exists
 * only when cookies are the sole way in; here the JSON API keeps its bearer tokens beside it.
 */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(FormTokens.SESSION_COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        // After the bearer header: a request that carries both is judged by its header.
        return 100;
    }
}
