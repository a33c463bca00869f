package io.kuajing.platform.web;

import java.util.List;
import java.util.Set;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.web.pages.FormTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.filter.FilterBodyParser;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses a state-changing request from a cookie-signed-in browser that lacks its form token ({@link FormTokens}):
 * 403 problem {@code _csrf} / {@code form-token}, before any controller runs, so nothing changes. Requests with an
 * Authorization header (the JSON API) and requests without the session cookie pass: they carry no ambient credentials.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class FormTokenFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final FormTokens tokens;
    private final FilterBodyParser bodies;
    private final ErrorResponseProcessor<?> errors;

    FormTokenFilter(FormTokens tokens, FilterBodyParser bodies, ErrorResponseProcessor<?> errors) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.errors = errors;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (SAFE.contains(request.getMethod()) || FormTokens.session(request) == null
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return chain.proceed();
        }
        String header = request.getHeaders().get(FormTokens.HEADER);
        if (header != null) {
            return tokens.valid(request, header) ? chain.proceed() : Mono.just(refused(request));
        }
        // The body stays readable for the controller after the parser has read the form.
        return Mono.fromFuture(bodies.parseBody(request)).flatMapMany(form ->
                tokens.valid(request, field(form.get(FormTokens.FIELD))) ? chain.proceed() : Mono.just(refused(request)));
    }

    private static @Nullable String field(@Nullable Object value) {
        if (value instanceof List<?> values) {
            return values.isEmpty() ? null : String.valueOf(values.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }

    private MutableHttpResponse<?> refused(HttpRequest<?> request) {
        return RuleViolationHandler.answer(errors, request, new RuleViolation(FormTokens.FIELD, "form-token",
                "this form is out of date or came from another site: reload the page and send it again"), HttpStatus.FORBIDDEN);
    }

    @Override
    public int getOrder() {
        // After security: a caller without the role is refused 401/403 for that reason first.
        return ServerFilterPhase.SECURITY.after();
    }
}
