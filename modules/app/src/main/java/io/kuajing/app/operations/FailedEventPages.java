package io.kuajing.app.operations;

import java.net.URI;
import java.util.Map;

import io.kuajing.platform.FailedPublications;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * The console's failed events (ADR 0022): what a handler could not handle after all its attempts, with its error,
 * and a button to hand it back to its handler once the cause is fixed — the same {@link FailedPublications} as
 * {@code /api/operations/failed-events}.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/failed-events", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class FailedEventPages {

    private final FailedPublications failed;
    private final Pages pages;

    FailedEventPages(FailedPublications failed, Pages pages) {
        this.failed = failed;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue Long resubmitted) {
        Texts texts = Pages.consoleTexts(request, "app-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "failed.title");
        model.put("events", failed.list(100));
        model.put("notice", resubmitted == null ? "" : texts.get(resubmitted > 0 ? "failed.resubmitted" : "failed.unknown"));
        return new ModelAndView<>("app/failed-events", model);
    }

    @Post(value = "/{id}/resubmit", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> resubmit(long id) {
        return HttpResponse.seeOther(URI.create("/console/failed-events?resubmitted=" + (failed.resubmit(id) ? id : 0)));
    }
}
