package io.kuajing.export.adapter.web;

import java.util.Map;

import io.kuajing.export.GlobalSelling;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The seed's report in the console (ADR 0022), from the same {@link GlobalSelling#report()} as
 * {@code GET /api/export/report}: vendors' sales abroad per marketplace and year, beside cross-border import sales
 * per mode and year, each year against the one before as a multiple ("13-fold", "more than doubled").
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/export/report", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class ExportReportPages {

    private final GlobalSelling selling;
    private final Pages pages;

    ExportReportPages(GlobalSelling selling, Pages pages) {
        this.selling = selling;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        Texts texts = Pages.consoleTexts(request, "export-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "report.title");
        model.put("report", selling.report());
        return new ModelAndView<>("export/console-report", model);
    }
}
