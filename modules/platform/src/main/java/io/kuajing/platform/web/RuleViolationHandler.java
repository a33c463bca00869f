package io.kuajing.platform.web;

import java.util.Optional;

import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A broken business rule is the client's to fix: 422 naming the field and the rule; 409 when the request clashes
 * with what was recorded before ({@link ConflictWithRecord}); 503 when an outside party did not answer
 * ({@link PartnerUnavailable}: nothing changed, retry later).
 */
@Singleton
@Produces
class RuleViolationHandler implements ExceptionHandler<RuleViolation, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    RuleViolationHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuleViolation violation) {
        HttpStatus status = violation instanceof ConflictWithRecord ? HttpStatus.CONFLICT
                : violation instanceof PartnerUnavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY;
        return answer(errors, request, violation, status);
    }

    /** The problem+json answer naming the violation's field and rule, with {@code status}. */
    static io.micronaut.http.MutableHttpResponse<?> answer(ErrorResponseProcessor<?> errors, HttpRequest<?> request, RuleViolation violation,
                                  HttpStatus status) {
        Error error = new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(violation.field());
            }

            @Override
            public String getMessage() {
                return violation.getMessage();
            }

            @Override
            public Optional<String> getTitle() {
                return Optional.of(violation.rule());
            }
        };
        return errors.processResponse(ErrorContext.builder(request).cause(violation).error(error).build(),
                HttpResponse.status(status));
    }
}
