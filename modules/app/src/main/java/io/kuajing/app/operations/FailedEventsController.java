package io.kuajing.app.operations;

import java.util.List;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.FailedPublications;
import io.kuajing.platform.FailedPublications.FailedPublication;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;

/**
 * Events a handler could not handle after all its attempts. They are kept, never dropped: an operator reads the
 * error, fixes the cause, and resubmits.
 */
@Controller("/api/operations/failed-events")
class FailedEventsController {

    private final FailedPublications failed;

    FailedEventsController(FailedPublications failed) {
        this.failed = failed;
    }

    @Get
    @Secured(Roles.OPERATOR)
    List<FailedPublication> list(@QueryValue(defaultValue = "100") int limit) {
        return failed.list(limit);
    }

    @Post("/{id}/resubmit")
    @Secured(Roles.OPERATOR)
    HttpResponse<Void> resubmit(long id) {
        if (!failed.resubmit(id)) {
            throw new RuleViolation("id", "failed-event-exists", "no failed event with id " + id);
        }
        return HttpResponse.accepted();
    }
}
