package io.kuajing.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every route of the running app: each names the roles it admits, refuses anonymous callers with 401 and
 * callers of every other role with 403, and lets its own roles through. Only health and the API description
 * are public. A new controller is covered the day it is written.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredRoutesTest implements WithTestDatabase {

    private static final List<String> ALL_ROLES = List.of(Roles.CONSUMER, Roles.OPERATOR, Roles.PLUGIN_ADMIN);
    /** Public on purpose: health, the API description, delivery promises for anonymous product pages, carrier
     *  tracking pushes (authenticated by their HMAC signature instead of a token), and a browser's way in: the front
     *  door (it redirects by role), the page login and the language switch. */
    private static final Set<String> PUBLIC = Set.of("GET /health", "GET /health/{selector}", "GET /openapi/**",
            "GET /api/logistics/promise", "POST /api/logistics/carriers/{carrierId}/tracking-push",
            "GET /", "GET /web/login", "POST /web/login", "GET /web/language");

    /** Management endpoints are not controllers: their roles are set in application.yml's intercept-url-map. */
    private static final Map<String, List<String>> SECURED_IN_CONFIGURATION = Map.of("GET /prometheus", List.of(Roles.OPERATOR));

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Test
    void everyRouteAdmitsItsRolesAndNoOneElse() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().toList();
        assertTrue(routes.size() >= 2, "routes found: " + routes.size());
        List<String> problems = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String template = route.getUriMatchTemplate().toString();
            String name = route.getHttpMethod() + " " + template;
            // HEAD answers like GET, so it is as public as its GET.
            HttpMethod asRead = route.getHttpMethod() == HttpMethod.HEAD ? HttpMethod.GET : route.getHttpMethod();
            if (PUBLIC.contains(asRead + " " + template)) {
                continue;
            }
            List<String> admitted = SECURED_IN_CONFIGURATION.getOrDefault(asRead + " " + template,
                    Arrays.asList(route.getTargetMethod().getAnnotationMetadata().stringValues(Secured.class)));
            if (admitted.isEmpty() || !ALL_ROLES.containsAll(admitted)) {
                problems.add(name + " must name its roles with @Secured, found " + admitted);
                continue;
            }
            String path = concrete(template);
            expect(problems, name + " anonymous", call(route.getHttpMethod(), path, null), HttpStatus.UNAUTHORIZED);
            for (String role : ALL_ROLES) {
                int status = call(route.getHttpMethod(), path, role);
                if (admitted.contains(role)) {
                    if (status == 401 || status == 403) {
                        problems.add(name + " refuses its own role " + role + " with " + status);
                    }
                } else {
                    expect(problems, name + " as " + role, status, HttpStatus.FORBIDDEN);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void healthIsPublicAndAnswersUp() {
        String body = http.toBlocking().retrieve("/health");
        assertTrue(body.contains("UP"), body);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheApi() {
        String body = http.toBlocking().retrieve("/openapi/kuajing-0.1.yml");
        assertTrue(body.startsWith("openapi: 3"), body);
        assertTrue(body.contains("/api/plugins"), "the plugin route is documented");
    }

    @Test
    void aRefusalIsAProblemDocument() {
        HttpClientResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().retrieve("/api/plugins"));
        assertEquals(401, refused.getStatus().getCode());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        assertFalse(refused.getResponse().getBody(String.class).orElse("").isEmpty());
    }

    private static void expect(List<String> problems, String what, int actual, HttpStatus expected) {
        if (actual != expected.getCode()) {
            problems.add(what + ": expected " + expected.getCode() + " but was " + actual);
        }
    }

    private int call(HttpMethod method, String path, String role) {
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.body("{}").contentType("application/json");
        }
        if (role != null) {
            request.header("Authorization", TestTokens.bearer(tokens, "walker-" + role.toLowerCase(), role));
        }
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        } catch (ReadTimeoutException e) {
            // A route that never answers is named among the problems, not lost in one timeout for the whole walk.
            return -1;
        }
    }

    /** A path for a template: variables get a plausible value, optional query parts are dropped. */
    private static String concrete(String template) {
        return template.replaceAll("\\{\\?[^}]*}", "").replaceAll("\\{[^}]*}", "x1");
    }

}
