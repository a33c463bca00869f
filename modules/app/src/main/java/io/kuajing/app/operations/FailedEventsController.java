package io.kuajing.app.operations;

import java.util.List;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.FailedPublications.FailedPublication;
import io.kuajing.platform.FailedPublications;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Events a handler could not handle after all its attempts. They are kept, never dropped: an operator reads the
 * error, fixes the cause, and resubmits.
 */
@Tag(name = "operations")
@ProblemResponses
@Controller("/api/operations/failed-events")
class FailedEventsController {

    private final FailedPublications failed;

    FailedEventsController(FailedPublications failed) {
        this.failed = failed;
    }

    @Get
    @Operation(summary = "List failed events",
            description = "Events whose handler failed after its retries, newest first, one page at a time (total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<FailedPublication> list(@QueryValue(defaultValue = "0") int page,
                                 @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.uncounted(failed.list(Page.through(page, size)), page, size);
    }

    @Post("/{id}/resubmit")
    @Operation(summary = "Resubmit a failed event",
            description = "Puts a failed event back in the outbox for its handler to try again; 202 when queued, 422 naming id when there is no such failed event. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Queued again for its handler")
    @Secured(Roles.OPERATOR)
    HttpResponse<Void> resubmit(long id) {
        if (!failed.resubmit(id)) {
            throw new RuleViolation("id", "failed-event-exists", "no failed event with id " + id);
        }
        return HttpResponse.accepted();
    }
}
