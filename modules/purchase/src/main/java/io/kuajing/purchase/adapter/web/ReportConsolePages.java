package io.kuajing.purchase.adapter.web;

import java.time.Duration;
import java.util.Map;

import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.kuajing.purchase.SalesReports;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The console's reports (ADR 0022): sales per month and mode, and per month and source marketplace, beside the same
 * month a year before, delivery days per mode against the promised window, and customs' refusals per rule, as ECharts charts (served from its WebJar) and tables, each downloadable as CSV.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller("/console/reports")
@Secured(Roles.OPERATOR)
class ReportConsolePages {

    private static final String CSV = "text/csv;charset=utf-8";

    private final SalesReports reports;
    private final Pages pages;

    ReportConsolePages(SalesReports reports, Pages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @Get(produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request,
                                           @QueryValue(defaultValue = "12") int months,
                                           @QueryValue(defaultValue = "P30D") Duration within) {
        Texts texts = Pages.consoleTexts(request, "purchase-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "reports.title");
        model.put("months", months);
        model.put("within", within.toString());
        // Customs' window in days where it is whole days (P30D reads back as PT720H otherwise).
        model.put("withinLabel", within.toSeconds() % 86400 == 0 ? texts.get("reports.days", within.toDays()) : within.toString());
        model.put("sales", reports.monthlySales(months));
        model.put("marketplaces", reports.marketplaceSales(months));
        model.put("delivery", reports.deliveryTimes(months));
        model.put("refusals", reports.customsRefusals(within));
        return new ModelAndView<>("purchase/console-reports", model);
    }

    @Get(value = "/sales.csv", produces = CSV)
    HttpResponse<String> salesCsv(@QueryValue(defaultValue = "12") int months) {
        return attachment("sales.csv", ReportCsv.sales(reports.monthlySales(months)));
    }

    @Get(value = "/marketplaces.csv", produces = CSV)
    HttpResponse<String> marketplacesCsv(@QueryValue(defaultValue = "12") int months) {
        return attachment("sales-by-marketplace.csv", ReportCsv.marketplaces(reports.marketplaceSales(months)));
    }

    @Get(value = "/delivery.csv", produces = CSV)
    HttpResponse<String> deliveryCsv(@QueryValue(defaultValue = "12") int months) {
        return attachment("delivery-times.csv", ReportCsv.delivery(reports.deliveryTimes(months)));
    }

    @Get(value = "/refusals.csv", produces = CSV)
    HttpResponse<String> refusalsCsv(@QueryValue(defaultValue = "P30D") Duration within) {
        return attachment("customs-refusals.csv", ReportCsv.refusals(reports.customsRefusals(within)));
    }

    private static HttpResponse<String> attachment(String name, String csv) {
        return HttpResponse.ok(csv).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }
}
