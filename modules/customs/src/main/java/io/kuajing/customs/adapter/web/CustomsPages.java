package io.kuajing.customs.adapter.web;

import java.time.Clock;
import java.util.Map;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
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
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * The console's customs pages (ADR 0022): one order's declaration with every receipt customs sent and every signed
 * message sent (personal data masked), and a buyer's
 * annual allowance looked up by ID number (shown masked; the number typed is not kept), through the same
 * {@link Declarations} and {@link Quotas} as the JSON API.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/customs", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class CustomsPages {

    private final Declarations declarations;
    private final Quotas quotas;
    private final Pages pages;
    private final Clock clock;

    CustomsPages(Declarations declarations, Quotas quotas, Pages pages, Clock clock) {
        this.declarations = declarations;
        this.quotas = quotas;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/declarations/{orderNo}")
    HttpResponse<?> declaration(HttpRequest<?> request, String orderNo) {
        Texts texts = Pages.consoleTexts(request, "customs-console");
        return declarations.status(orderNo).<HttpResponse<?>>map(declaration -> {
            Map<String, Object> model = pages.consoleModel(request, texts, "declaration.title", orderNo);
            model.put("declaration", declaration);
            model.put("receipts", declarations.receipts(orderNo));
            model.put("messages", declarations.messages(orderNo));
            return HttpResponse.ok(new ModelAndView<>("customs/declaration", model));
        }).orElseGet(HttpResponse::notFound);
    }

    @Get("/quota")
    ModelAndView<Map<String, Object>> quotaForm(HttpRequest<?> request) {
        return quotaPage(request, null, "");
    }

    @Post(value = "/quota", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    ModelAndView<Map<String, Object>> quota(HttpRequest<?> request, @Nullable @Body Map<String, Object> form) {
        try {
            ChineseIdNumber id = ChineseIdNumber.of(Forms.field(form, "idNumber"));
            return quotaPage(request, quotas.status(id, ChinaTime.today(clock).getYear()), "");
        } catch (IllegalArgumentException | NullPointerException notAnIdNumber) {
            return quotaPage(request, null, Pages.consoleTexts(request, "customs-console").get("quota.badId"));
        }
    }

    private ModelAndView<Map<String, Object>> quotaPage(HttpRequest<?> request,
                                                        @Nullable io.kuajing.customs.QuotaStatus status, String error) {
        Texts texts = Pages.consoleTexts(request, "customs-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "quota.title");
        model.put("status", status);
        model.put("error", error);
        return new ModelAndView<>("customs/quota", model);
    }
}
