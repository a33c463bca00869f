package io.kuajing.catalog.adapter.web;

import java.net.URI;
import java.security.Principal;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;

/**
 * Operators start marketplace imports and watch them: POST answers 202 with the run at once (Location: the run), and
 * the run's counters move while it imports in the background.
 */
@Controller("/api/catalog/imports")
@Secured(Roles.OPERATOR)
class CatalogImportController {

    private final ImportingCatalogues imports;

    CatalogImportController(ImportingCatalogues imports) {
        this.imports = imports;
    }

    @Post
    HttpResponse<Json.ImportRunJson> start(@Body Json.ImportRequest request, @Nullable Principal principal) {
        if (request == null || request.marketplace() == null || request.marketplace().isBlank()) {
            throw new RuleViolation("marketplace", "required", "name the marketplace (plugin id) to import");
        }
        CatalogImportRun run = imports.start(request.marketplace(), principal == null ? "anonymous" : principal.getName());
        return HttpResponse.accepted(URI.create("/api/catalog/imports/" + run.id())).body(Json.ImportRunJson.of(run));
    }

    @Get
    Json.Listing<Json.ImportRunJson> recent(@QueryValue(defaultValue = "20") int size) {
        Paging.check(0, size);
        return new Json.Listing<>(imports.recent(size).stream().map(Json.ImportRunJson::of).toList(), 0, size, null);
    }

    @Get("/{id}")
    HttpResponse<Json.ImportRunJson> run(@PathVariable long id) {
        return imports.run(id).map(r -> HttpResponse.ok(Json.ImportRunJson.of(r))).orElseGet(HttpResponse::notFound);
    }

    @Get("/{id}/rejections")
    HttpResponse<Json.Listing<Json.RejectionJson>> rejections(@PathVariable long id,
                                                              @QueryValue(defaultValue = "0") int page,
                                                              @QueryValue(defaultValue = "50") int size) {
        Paging.check(page, size);
        return imports.run(id)
                .map(run -> HttpResponse.ok(new Json.Listing<>(imports.rejections(id, page * size, size).stream()
                        .map(Json.RejectionJson::of).toList(), page, size, run.rejected())))
                .orElseGet(HttpResponse::notFound);
    }
}
