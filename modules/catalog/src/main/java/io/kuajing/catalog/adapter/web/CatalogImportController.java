package io.kuajing.catalog.adapter.web;

import java.net.URI;
import java.security.Principal;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Operators start marketplace imports and watch them: POST answers 202 with the run at once (Location: the run), and
 * the run's counters move while it imports in the background.
 */
@Tag(name = "catalog")
@ProblemResponses
@Controller("/api/catalog/imports")
@Secured(Roles.OPERATOR)
class CatalogImportController {

    private final ImportingCatalogues imports;

    CatalogImportController(ImportingCatalogues imports) {
        this.imports = imports;
    }

    @Post
    @Operation(summary = "Start a catalogue import",
            description = "Imports a marketplace plugin's catalogue in the background; answers 202 with the run and its Location. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Started: the run, Location its URL")
    HttpResponse<Json.ImportRunJson> start(@Body Json.ImportRequest request, @Nullable Principal principal) {
        if (request == null || request.marketplace() == null || request.marketplace().isBlank()) {
            throw new RuleViolation("marketplace", "required", "name the marketplace (plugin id) to import");
        }
        CatalogImportRun run = imports.start(request.marketplace(), principal == null ? "anonymous" : principal.getName());
        return HttpResponse.accepted(URI.create("/api/catalog/imports/" + run.id())).body(Json.ImportRunJson.of(run));
    }

    @Get
    @Operation(summary = "List recent import runs",
            description = "The latest import runs with their counts, newest first. Roles: OPERATOR.")
    Page<Json.ImportRunJson> recent(@QueryValue(defaultValue = "0") int page,
                                    @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.uncounted(imports.recent(Page.through(page, size)).stream().map(Json.ImportRunJson::of).toList(),
                page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One import run",
            description = "An import run's progress and counts (seen, created, updated, unchanged, rejected, withdrawn). Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ImportRunJson> run(@PathVariable long id) {
        return imports.run(id).map(r -> HttpResponse.ok(Json.ImportRunJson.of(r))).orElseGet(HttpResponse::notFound);
    }

    @Get("/{id}/rejections")
    @Operation(summary = "Rows an import rejected",
            description = "The rows a run rejected with the rule each broke, paged. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Page<Json.RejectionJson>> rejections(@PathVariable long id,
                                                              @QueryValue(defaultValue = "0") int page,
                                                              @QueryValue(defaultValue = "50") int size) {
        Page.check(page, size);
        return imports.run(id)
                .map(run -> HttpResponse.ok(new Page<>(imports.rejections(id, page * size, size).stream()
                        .map(Json.RejectionJson::of).toList(), page, size, run.rejected())))
                .orElseGet(HttpResponse::notFound);
    }
}
