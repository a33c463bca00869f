package io.kuajing.customs.adapter.web;

import java.util.Optional;

import io.kuajing.customs.BondedEntryConflict;
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
 * An entry list number sent again with other content conflicts with what the book recorded: 409, as a problem
 * naming the field that differs and the rule, like every other refusal (the platform answers plain rule
 * violations with 422).
 */
@Singleton
@Produces
class BondedEntryConflictHandler implements ExceptionHandler<BondedEntryConflict, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    BondedEntryConflictHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, BondedEntryConflict conflict) {
        return errors.processResponse(ErrorContext.builder(request).cause(conflict).error(new Differs(conflict)).build(),
                HttpResponse.status(HttpStatus.CONFLICT));
    }

    /** The field that differs from the recorded entry, under the conflict's rule. */
    private record Differs(BondedEntryConflict conflict) implements Error {

        @Override
        public String getMessage() {
            return conflict.getMessage();
        }

        @Override
        public Optional<String> getPath() {
            return Optional.of(conflict.field());
        }

        @Override
        public Optional<String> getTitle() {
            return Optional.of(conflict.rule());
        }
    }
}
