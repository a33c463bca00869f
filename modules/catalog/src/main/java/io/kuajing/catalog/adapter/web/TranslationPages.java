package io.kuajing.catalog.adapter.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Forms;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * The console's translation review queue (ADR 0022): texts waiting for a translation or a review, with their source
 * and the machine's draft; an operator approves the draft or their own wording. Through the same
 * {@link ReviewingTranslations} as the JSON API; only approved Chinese reaches the shop and customs.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/translations", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class TranslationPages {

    private static final List<String> STATUSES = List.of("WAITING", "DRAFT", "APPROVED");

    private final ReviewingTranslations translations;
    private final Pages pages;

    TranslationPages(ReviewingTranslations translations, Pages pages) {
        this.translations = translations;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> queue(HttpRequest<?> request,
                                            @Nullable @QueryValue String status, @Nullable @QueryValue String q,
                                            @Nullable @QueryValue String approved, @Nullable @QueryValue String refused) {
        String shown = status != null && STATUSES.contains(status) ? status : "DRAFT";
        Texts texts = Pages.consoleTexts(request, "catalog-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "translations.title");
        model.put("status", shown);
        model.put("q", q == null ? "" : q);
        model.put("page", translations.queue(shown, null, null, q == null || q.isBlank() ? null : q, 0, 50));
        model.put("progress", translations.progress());
        model.put("notice", approved != null ? texts.get("translations.approved") : refused != null ? texts.get("translations.refused") : "");
        return new ModelAndView<>("catalog/translations", model);
    }

    /** Approves the draft, or the operator's own wording when given; then back to the queue it came from. */
    @Post(value = "/approve", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> approve(Authentication operator, @Nullable @Body Map<String, Object> form) {
        String key = Forms.field(form, "key");
        String text = Forms.field(form, "text");
        boolean approved = key != null && translations.approve(key, text == null || text.isBlank() ? null : text, operator.getName());
        String status = Forms.field(form, "status");
        return HttpResponse.seeOther(URI.create("/console/translations?status="
                + (status != null && STATUSES.contains(status) ? status : "DRAFT") + (approved ? "&approved=1" : "&refused=1")));
    }
}
