package io.kuajing.platform.web;

import java.lang.reflect.Type;

import io.kuajing.kernel.RuleViolation;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/**
 * A request the server could not read is answered 400 problem+json naming the field and the rule like every other
 * refusal — {@code body} / {@code malformed-json}, the JSON path / {@code type}, the missing argument / {@code required}
 * — instead of the framework's text, which names our classes.
 */
final class UnreadableBodyHandlers {

    private UnreadableBodyHandlers() {
    }

    /** A body (or parameter) that did not convert to the route's type. */
    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> errors;

        Conversion(ErrorResponseProcessor<?> errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException e) {
            RuleViolation violation;
            if (e.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)) {
                Type target = e.getArgument().asType();
                String body = ((HttpRequest<?>) request).getBody(String.class).orElse(null);
                // The body is usually consumed by then: the cause tells malformed JSON from a shape the binder refused.
                violation = body != null && !body.isBlank() ? BodyErrors.of(body, target)
                        : malformed(e) ? BodyErrors.malformed()
                        : new RuleViolation("body", "type", "the body does not have the shape this route takes");
            } else {
                violation = new RuleViolation(e.getArgument().getName(), "type",
                        "cannot be read as " + e.getArgument().getType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
            }
            return RuleViolationHandler.answer(errors, request, violation, HttpStatus.BAD_REQUEST);
        }
    }

    private static boolean malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonSyntaxException || t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /** Not JSON at all. */
    @Singleton
    @Produces
    @Replaces(JsonExceptionHandler.class)
    static class Syntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> errors;

        Syntax(ErrorResponseProcessor<?> errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException e) {
            return RuleViolationHandler.answer(errors, request, BodyErrors.malformed(), HttpStatus.BAD_REQUEST);
        }
    }

    /** A required body, header or parameter that is not there. */
    @Singleton
    @Produces
    @Replaces(UnsatisfiedArgumentHandler.class)
    static class Missing implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> errors;

        Missing(ErrorResponseProcessor<?> errors) {
            this.errors = errors;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedArgumentException e) {
            boolean body = e.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class);
            String field = body ? "body" : e.getArgument().getAnnotationMetadata()
                    .stringValue(io.micronaut.http.annotation.Header.class).orElse(e.getArgument().getName());
            return RuleViolationHandler.answer(errors, request,
                    new RuleViolation(field, "required", body ? "a JSON body is required" : field + " is required"),
                    HttpStatus.BAD_REQUEST);
        }
    }
}
