package io.kuajing.purchase.adapter.web;

import java.time.Duration;
import java.util.List;

import io.kuajing.platform.Roles;
import io.kuajing.purchase.OrderDesk;
import io.kuajing.purchase.OrderView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;

/** Operators' view of orders: by status, stuck ones, refused by customs, one with its trip (personal data masked). */
@Controller("/api/purchase/operator/orders")
class OrderDeskController {

    private final OrderDesk desk;

    OrderDeskController(OrderDesk desk) {
        this.desk = desk;
    }

    @Get
    @Secured(Roles.OPERATOR)
    List<OrderView> byStatus(@QueryValue(defaultValue = "PAID") String status,
                             @QueryValue(defaultValue = "100") int limit) {
        return desk.withStatus(status, limit);
    }

    @Get("/refused-by-customs")
    @Secured(Roles.OPERATOR)
    List<OrderView> refusedByCustoms(@QueryValue(defaultValue = "P7D") Duration within,
                                     @QueryValue(defaultValue = "100") int limit) {
        return desk.refusedByCustoms(within, limit);
    }

    @Get("/{orderNo}")
    @Secured(Roles.OPERATOR)
    HttpResponse<OrderView> one(String orderNo) {
        return desk.order(orderNo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/stuck")
    @Secured(Roles.OPERATOR)
    List<OrderView> stuck(@QueryValue(defaultValue = "PT48H") Duration olderThan,
                          @QueryValue(defaultValue = "100") int limit) {
        return desk.stuck(olderThan, limit);
    }
}
