package io.kuajing.platform.web;

import java.util.List;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/** Every error response of the app, whatever raised it, as application/problem+json. */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemDetails implements JsonErrorResponseBodyProvider<Problem> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.Violation> violations = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.Violation(e.getPath().get(), e.getTitle().orElse("constraint"), e.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(e -> e.getMessage()).findFirst()
                .orElse(response.reason());
        return new Problem("about:blank", response.reason(), response.code(), detail,
                context.getRequest().getPath(), violations);
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }
}
