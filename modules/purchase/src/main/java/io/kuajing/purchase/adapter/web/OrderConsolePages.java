package io.kuajing.purchase.adapter.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.platform.web.pages.Texts;
import io.kuajing.purchase.OrderDesk;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * The console's orders (ADR 0022): by status, the stuck list (still on the way after a day), and one order with its
 * trip and a link to its customs declaration; personal data masked, through the same {@link OrderDesk} as the API.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/console/orders", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.OPERATOR)
class OrderConsolePages {

    static final List<String> STATUSES = List.of("STUCK", "PLACED", "PAID", "DECLARED", "RELEASED", "SHIPPED",
            "DELIVERED", "CANCELLED", "REFUNDED", "RETURNED");
    private static final Duration STUCK_AFTER = Duration.ofDays(1);

    private final OrderDesk desk;
    private final Pages pages;

    OrderConsolePages(OrderDesk desk, Pages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String status) {
        String shown = status != null && STATUSES.contains(status) ? status : "STUCK";
        Texts texts = Pages.consoleTexts(request, "purchase-console");
        Map<String, Object> model = pages.consoleModel(request, texts, "orders.title");
        model.put("status", shown);
        model.put("statuses", STATUSES);
        model.put("orders", "STUCK".equals(shown) ? desk.stuck(STUCK_AFTER, 0, 100) : desk.withStatus(shown, 0, 100));
        return new ModelAndView<>("purchase/console-orders", model);
    }

    @Get("/{orderNo}")
    HttpResponse<?> one(HttpRequest<?> request, String orderNo) {
        Texts texts = Pages.consoleTexts(request, "purchase-console");
        return desk.order(orderNo).<HttpResponse<?>>map(order -> {
            Map<String, Object> model = pages.consoleModel(request, texts, "order.title", orderNo);
            model.put("order", order);
            return HttpResponse.ok(new ModelAndView<>("purchase/console-order", model));
        }).orElseGet(HttpResponse::notFound);
    }
}
