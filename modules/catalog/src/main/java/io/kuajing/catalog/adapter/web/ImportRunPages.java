package io.kuajing.catalog.adapter.web;

import java.util.HashMap;
import java.util.Map;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The console's catalogue imports (ADR 0022): the recent runs, newest first, and one run whose progress part asks
 * for itself again every two seconds (htmx) while the run imports, and stops asking once it finished. Through the
 * same {@link ImportingCatalogues} as the JSON API.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/catalog/imports", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class ImportRunPages {

    private static final int LISTED = 50;

    private final ImportingCatalogues imports;
    private final Pages pages;

    ImportRunPages(ImportingCatalogues imports, Pages pages) {
        this.imports = imports;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> runs(HttpRequest<?> request) {
        Texts texts = texts(request);
        Map<String, Object> model = pages.consoleModel(request, texts, "imports.title");
        model.put("runs", imports.recent(LISTED));
        return new ModelAndView<>("catalog/imports", model);
    }

    @Get("/{id}")
    HttpResponse<?> run(HttpRequest<?> request, @PathVariable long id) {
        Texts texts = texts(request);
        return imports.run(id).<HttpResponse<?>>map(run -> {
            Map<String, Object> model = pages.consoleModel(request, texts, "import.title",
                    String.valueOf(run.id()), run.marketplace());
            model.put("run", run);
            return HttpResponse.ok(new ModelAndView<>("catalog/import-run", model));
        }).orElseGet(HttpResponse::notFound);
    }

    /** The progress part alone, for htmx to swap in place of the one the page shows. */
    @Get("/{id}/progress")
    HttpResponse<?> progress(HttpRequest<?> request, @PathVariable long id) {
        Texts texts = texts(request);
        return imports.run(id).<HttpResponse<?>>map(run -> HttpResponse.ok(
                new ModelAndView<>("catalog/import-progress", progressModel(texts, run)))).orElseGet(HttpResponse::notFound);
    }

    private static Map<String, Object> progressModel(Texts texts, CatalogImportRun run) {
        Map<String, Object> model = new HashMap<>();
        model.put("texts", texts);
        model.put("run", run);
        return model;
    }

    private static Texts texts(HttpRequest<?> request) {
        return Pages.consoleTexts(request, "catalog-console");
    }
}
