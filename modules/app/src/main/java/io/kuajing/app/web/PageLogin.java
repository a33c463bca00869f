package io.kuajing.app.web;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.FormTokens;
import io.kuajing.platform.web.pages.Forms;
import io.kuajing.platform.web.pages.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;
import org.reactivestreams.Publisher;

/**
 * Signing in from a browser (ADR 0022): the same users and roles as {@code POST /login} (whatever authentication
 * providers the app has: the development users in {@code dev}), answered with the same signed JWT in an HttpOnly,
 * SameSite=Lax cookie instead of a JSON body. Sign-out clears it. The front door sends each role to its pages.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller
class PageLogin {

    private static final Duration SESSION = Duration.ofHours(1);

    /** Absent when the app has no authentication provider (no development users, tokens from an identity provider). */
    private final @Nullable Authenticator<HttpRequest<?>> authenticator;
    private final TokenGenerator tokens;
    private final Pages pages;

    PageLogin(@Nullable Authenticator<HttpRequest<?>> authenticator, TokenGenerator tokens, Pages pages) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.pages = pages;
    }

    @Get(value = "/", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> frontDoor(@Nullable Authentication viewer) {
        return HttpResponse.seeOther(URI.create(viewer == null ? "/web/login" : home(viewer.getRoles())));
    }

    @Get(value = "/web/login", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_ANONYMOUS)
    ModelAndView<Map<String, Object>> form(HttpRequest<?> request) {
        return page(request, "", false);
    }

    @Post(value = "/web/login", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON}, consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_ANONYMOUS)
    Publisher<MutableHttpResponse<?>> signIn(HttpRequest<?> request, @Nullable @Body Map<String, Object> form) {
        String username = Forms.field(form, "username");
        String password = Forms.field(form, "password");
        if (username == null || password == null || authenticator == null) {
            return Publishers.just(HttpResponse.unauthorized().body(page(request, username, true)));
        }
        // The authenticator answers exactly once, success or failure.
        return Publishers.map(authenticator.authenticate(request, new UsernamePasswordCredentials(username, password)),
                answer -> signedIn(request, username, answer));
    }

    @Post(value = "/web/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Secured({Roles.CONSUMER, Roles.OPERATOR, Roles.PLUGIN_ADMIN})
    HttpResponse<?> signOut() {
        return HttpResponse.seeOther(URI.create("/web/login")).cookie(session("").maxAge(0));
    }

    /** Chooses the console's language (zh-CN or English) for this browser, then goes back to the page. */
    @Get("/web/language")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> language(@QueryValue String to, @Nullable @QueryValue String back) {
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return HttpResponse.seeOther(URI.create(target)).cookie(Cookie.of(Pages.LANGUAGE_COOKIE, "en".equals(to) ? "en" : "zh")
                .path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax));
    }

    private MutableHttpResponse<?> signedIn(HttpRequest<?> request, String username, AuthenticationResponse answer) {
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            return HttpResponse.unauthorized().body(page(request, username, true));
        }
        Authentication who = answer.getAuthentication().get();
        String jwt = tokens.generateToken(who, (int) SESSION.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generator signs tokens"));
        return HttpResponse.seeOther(URI.create(home(who.getRoles()))).cookie(session(jwt).maxAge(SESSION));
    }

    private static Cookie session(String value) {
        return Cookie.of(FormTokens.SESSION_COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax);
    }

    private static String home(java.util.Collection<String> roles) {
        if (roles.contains(Roles.CONSUMER)) {
            return "/shop";
        }
        return roles.contains(Roles.OPERATOR) ? "/console/orders" : "/api/plugins";
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, @Nullable String username, boolean refused) {
        Map<String, Object> model = new HashMap<>();
        model.put("shell", pages.console(request, "登录", Set.of()));
        model.put("username", username == null ? "" : username);
        model.put("refused", refused);
        return new ModelAndView<>("app/login", model);
    }
}
