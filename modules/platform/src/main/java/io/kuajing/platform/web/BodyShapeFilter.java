package io.kuajing.platform.web;

import java.util.Optional;

import io.kuajing.kernel.RuleViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;

/**
 * Checks a JSON body against the shape of the route's request record before it is bound: malformed JSON is
 * {@code body} / {@code malformed-json}, a value of the wrong JSON type is its path / {@code type} (400 both). The
 * binder alone would round 1.5 into an int, read {@code ["x"]} as {@code "x"} and {@code true} as 1, and a request
 * would go through with a value the client never meant. Runs after security: an anonymous caller still gets 401.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class BodyShapeFilter implements Ordered {

    private final ErrorResponseProcessor<?> errors;

    BodyShapeFilter(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body String body) {
        if (body == null || body.isBlank()
                || !request.getContentType().map(t -> t.getSubtype().endsWith("json")).orElse(false)) {
            return null;
        }
        Optional<RuleViolation> violation = RouteAttributes.getRouteInfo(request)
                .flatMap(route -> route.getBodyArgument())
                .filter(argument -> argument.getType() != String.class && argument.getType() != byte[].class)
                .flatMap(argument -> BodyErrors.check(body, argument.asType()));
        return violation.<HttpResponse<?>>map(v -> RuleViolationHandler.answer(errors, request, v, HttpStatus.BAD_REQUEST))
                .orElse(null);
    }
}
