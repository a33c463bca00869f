package io.kuajing.catalog.adapter.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;

import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operators' review of zh-CN translations: the queue with filters, editing, approving one or many, the diff
 * against the previous approved version, progress, and the glossary.
 */
@Tag(name = "catalog")
@ProblemResponses
@Controller("/api/catalog/operator")
@Secured(Roles.OPERATOR)
class TranslationController {

    private final ReviewingTranslations reviewing;

    TranslationController(ReviewingTranslations reviewing) {
        this.reviewing = reviewing;
    }

    @Get("/translations")
    @Operation(summary = "The translation review queue",
            description = "Texts waiting for or holding a zh-CN draft, filtered by status, marketplace and field, paged. Roles: OPERATOR.")
    Page<Json.TranslationJson> queue(@Nullable @QueryValue String status, @Nullable @QueryValue String marketplace,
                                             @Nullable @QueryValue String field, @Nullable @QueryValue String q,
                                             @QueryValue(defaultValue = "0") int page,
                                             @QueryValue(defaultValue = "20") int size) {
        Page.check(page, size);
        ReviewingTranslations.Page found = reviewing.queue(status, marketplace, field, q, page, size);
        return new Page<>(found.items().stream().map(Json.TranslationJson::of).toList(), page, size, found.total());
    }

    @Get("/translations/progress")
    @Operation(summary = "Translation progress",
            description = "How much of the catalogue is queued, drafted and approved in Chinese, and whether machine translation is on. Roles: OPERATOR.")
    Json.ProgressJson progress() {
        return Json.ProgressJson.of(reviewing.progress());
    }

    @Get("/translations/{key}")
    @Operation(summary = "One text to translate",
            description = "A source text with its draft, approved translation and the diff from the previous approval. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.TranslationJson> item(@PathVariable String key) {
        return reviewing.item(key).map(i -> HttpResponse.ok(Json.TranslationJson.of(i))).orElseGet(HttpResponse::notFound);
    }

    @Put("/translations/{key}")
    @Operation(summary = "Edit a draft",
            description = "Replaces the zh-CN draft of a text. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.TranslationJson> edit(@PathVariable String key, @Body Json.TextRequest request, @Nullable Principal principal) {
        if (!reviewing.edit(key, request == null ? null : request.text(), name(principal))) {
            return HttpResponse.notFound();
        }
        return item(key);
    }

    /** Approves the draft, or the text given (edit and approve in one step). */
    @Post("/translations/{key}/approval")
    @Operation(summary = "Approve a translation",
            description = "Approves the draft (or the text given) as the text's Chinese. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.TranslationJson> approve(@PathVariable String key, @Nullable @Body Json.TextRequest request,
                                               @Nullable Principal principal) {
        if (reviewing.item(key).isEmpty()) {
            return HttpResponse.notFound();
        }
        if (!reviewing.approve(key, request == null ? null : request.text(), name(principal))) {
            throw new RuleViolation("text", "draft-exists", "no draft to approve: give the text to approve");
        }
        return item(key);
    }

    @Post("/translations/approvals")
    @Operation(summary = "Approve drafts in bulk",
            description = "Approves the drafts of the keys given; answers how many were approved. Roles: OPERATOR.")
    Json.ApprovedJson approveAll(@Body Json.KeysRequest request, @Nullable Principal principal) {
        return new Json.ApprovedJson(reviewing.approveAll(request == null ? null : request.keys(), name(principal)));
    }

    @Get("/glossary")
    @Operation(summary = "The translation glossary",
            description = "Terms and units the translation keeps or converts. Roles: OPERATOR.")
    List<Json.GlossaryJson> glossary() {
        return reviewing.glossary().stream().map(Json.GlossaryJson::of).toList();
    }

    @Put("/glossary")
    @Operation(summary = "Add or replace a glossary entry",
            description = "Adds a term or unit conversion to the glossary, or replaces the one with the same kind and source. Roles: OPERATOR.")
    Json.GlossaryJson putGlossary(@Body Json.GlossaryJson entry, @Nullable Principal principal) {
        if (entry == null) {
            throw new RuleViolation("kind", "required", "kind, source and target are required");
        }
        BigDecimal factor;
        try {
            factor = entry.factor() == null ? null : new BigDecimal(entry.factor());
        } catch (NumberFormatException e) {
            throw new RuleViolation("factor", "decimal", "factor must be a decimal number, got " + entry.factor());
        }
        ReviewingTranslations.GlossaryEntry put = new ReviewingTranslations.GlossaryEntry(entry.kind(), entry.source(),
                entry.target(), factor);
        reviewing.putGlossary(put, name(principal));
        return Json.GlossaryJson.of(put);
    }

    @Delete("/glossary/{kind}/{source}")
    @Operation(summary = "Remove a glossary entry",
            description = "Removes the entry; 204 when removed. Roles: OPERATOR.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.NotFound
    HttpResponse<Void> removeGlossary(@PathVariable String kind, @PathVariable String source) {
        return reviewing.removeGlossary(kind, source) ? HttpResponse.noContent() : HttpResponse.notFound();
    }

    private static String name(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }
}
