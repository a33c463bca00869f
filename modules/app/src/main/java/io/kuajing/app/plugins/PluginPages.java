package io.kuajing.app.plugins;

import java.util.Comparator;
import java.util.Map;

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
 * The console's plugins (ADR 0022): what the plugin folder held at start, as {@code /api/plugins} reports it —
 * identity, kind, versions, capabilities, started or failed with the reason, and each declared setting with whether
 * it is configured. Setting values never reach the page (the report does not carry them); a configured secret shows
 * as a mask.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/plugins", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class PluginPages {

    private final PluginHost host;
    private final Pages pages;

    PluginPages(PluginHost host, Pages pages) {
        this.host = host;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> plugins(HttpRequest<?> request) {
        Texts texts = Pages.consoleTexts(request, "app-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "plugins.title");
        // Failures first: they are what an operator opens this page for.
        model.put("plugins", host.reports().stream().sorted(Comparator.comparing((PluginReport r) -> r.status() != PluginReport.Status.FAILED)
                .thenComparing(PluginReport::source)).toList());
        return new ModelAndView<>("app/plugins", model);
    }
}
