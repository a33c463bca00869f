package io.kuajing.platform.web.pages;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

/**
 * Form tokens against cross-site requests for browsers signed in by cookie: a page's forms carry
 * {@value #FIELD} (htmx sends it as {@value #HEADER}), an HMAC of the session cookie under a key of this process.
 * Another site can make the browser send the cookie, but cannot read a page to learn the token. Tied to the session,
 * so nothing is stored; a restart changes the key, and a form left open across it is refused once (the page says to
 * reload). Bearer-token callers (the JSON API) never carry ambient credentials and need no token.
 */
@Singleton
public final class FormTokens {

    /** The cookie that holds a browser's signed-in session (a JWT, read by the app's cookie token reader). */
    public static final String SESSION_COOKIE = "KJ_SESSION";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final byte[] key = new byte[32];

    public FormTokens() {
        new SecureRandom().nextBytes(key);
    }

    /** The token for this request's session; empty when the browser is not signed in (nothing to protect). */
    public String tokenFor(HttpRequest<?> request) {
        String session = session(request);
        return session == null ? "" : sign(session);
    }

    public boolean valid(HttpRequest<?> request, @Nullable String given) {
        String session = session(request);
        return session != null && given != null && MessageDigest.isEqual(
                sign(session).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    public static @Nullable String session(HttpRequest<?> request) {
        return request.getCookies().findCookie(SESSION_COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank()).orElse(null);
    }

    private String sign(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
