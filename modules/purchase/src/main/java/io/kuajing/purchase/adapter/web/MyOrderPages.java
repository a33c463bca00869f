package io.kuajing.purchase.adapter.web;

import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Forms;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * "My orders" (ADR 0022): the consumer's orders, one order with its trip as a timeline, and the owner's commands —
 * pay (sandbox), cancel, return — through the same {@link ConsumerOrders} as the JSON API. A refusal shows the
 * order again with the reason in Chinese; the owner is always the signed-in consumer.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/shop/orders", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.CONSUMER)
class MyOrderPages {

    private final ConsumerOrders orders;
    private final Pages pages;

    MyOrderPages(ConsumerOrders orders, Pages pages) {
        this.orders = orders;
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, Authentication consumer) {
        return new ModelAndView<>("purchase/orders", Map.of("shell", pages.shop(request, "我的订单", consumer.getRoles()),
                "orders", orders.ownedBy(consumer.getName()).stream()
                        .sorted(Comparator.comparing(OrderView::placedAt).reversed()).toList()));
    }

    @Get("/{orderNo}")
    HttpResponse<?> one(HttpRequest<?> request, Authentication consumer, String orderNo) {
        return page(request, consumer, orderNo, null);
    }

    @Post(value = "/{orderNo}/payment", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> pay(HttpRequest<?> request, Authentication consumer, String orderNo,
                        @Nullable @Body Map<String, Object> form) {
        return command(request, consumer, orderNo, () -> orders.pay(consumer.getName(), orderNo,
                new ConsumerOrders.PayerDetails(Forms.field(form, "payerName"), Forms.field(form, "payerIdNumber"))));
    }

    @Post(value = "/{orderNo}/cancel", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> cancel(HttpRequest<?> request, Authentication consumer, String orderNo) {
        return command(request, consumer, orderNo, () -> orders.cancel(consumer.getName(), orderNo, "顾客在网页上取消"));
    }

    @Post(value = "/{orderNo}/return", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> requestReturn(HttpRequest<?> request, Authentication consumer, String orderNo) {
        return command(request, consumer, orderNo, () -> orders.requestReturn(consumer.getName(), orderNo, "顾客在网页上申请退货"));
    }

    /** Runs an owner's command, then shows the order (post/redirect/get), or the order with the refusal. */
    private HttpResponse<?> command(HttpRequest<?> request, Authentication consumer, String orderNo, Runnable command) {
        if (orders.ownedBy(consumer.getName(), orderNo).isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            command.run();
        } catch (RuleViolation refused) {
            return page(request, consumer, orderNo, ShopWording.refusal(refused));
        }
        return HttpResponse.seeOther(URI.create("/shop/orders/" + orderNo));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Authentication consumer, String orderNo, @Nullable String notice) {
        return orders.ownedBy(consumer.getName(), orderNo).<HttpResponse<?>>map(order -> {
            Map<String, Object> model = new HashMap<>();
            model.put("shell", pages.shop(request, "订单 " + orderNo, consumer.getRoles()));
            model.put("order", order);
            model.put("notice", notice == null ? "" : notice);
            ModelAndView<Map<String, Object>> view = new ModelAndView<>("purchase/order", model);
            return notice == null ? HttpResponse.ok(view) : HttpResponse.unprocessableEntity().body(view);
        }).orElseGet(HttpResponse::notFound);
    }
}
