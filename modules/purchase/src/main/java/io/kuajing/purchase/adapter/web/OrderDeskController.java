package io.kuajing.purchase.adapter.web;

import java.time.Duration;

import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.kuajing.purchase.OrderDesk;
import io.kuajing.purchase.OrderView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators' view of orders: by status, stuck ones, refused by customs, one with its trip (personal data masked). */
@Tag(name = "purchase")
@ProblemResponses
@Controller("/api/purchase/operator/orders")
class OrderDeskController {

    private final OrderDesk desk;

    OrderDeskController(OrderDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "Orders by status",
            description = "Orders in a status, personal data masked, paged (total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<OrderView> byStatus(@QueryValue(defaultValue = "PAID") String status,
                             @QueryValue(defaultValue = "0") int page,
                             @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.read(desk.withStatus(status, Page.offset(page, size), size), page, size);
    }

    @Get("/refused-by-customs")
    @Operation(summary = "Orders refused by customs",
            description = "Orders customs refused or kept back within the last `within` (ISO 8601 duration), with customs' reason and the next step, paged (total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<OrderView> refusedByCustoms(@QueryValue(defaultValue = "P7D") Duration within,
                                     @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.read(desk.refusedByCustoms(within, Page.offset(page, size), size), page, size);
    }

    @Get("/{orderNo}")
    @Operation(summary = "One order, operator view",
            description = "An order with its trip (legs, carriers, scans). Roles: OPERATOR.")
    @ProblemResponses.NotFound
    @Secured(Roles.OPERATOR)
    HttpResponse<OrderView> one(String orderNo) {
        return desk.order(orderNo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/stuck")
    @Operation(summary = "Stuck orders",
            description = "Orders that have not moved for longer than olderThan (ISO 8601 duration), paged (total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<OrderView> stuck(@QueryValue(defaultValue = "PT48H") Duration olderThan,
                          @QueryValue(defaultValue = "0") int page,
                          @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.read(desk.stuck(olderThan, Page.offset(page, size), size), page, size);
    }
}
