package io.kuajing.purchase.adapter.web;

import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A consumer's own orders. The owner is always the token's subject, never a parameter. */
@Tag(name = "purchase")
@ProblemResponses
@Controller("/api/purchase/orders")
class MyOrdersController {

    private final ConsumerOrders orders;

    MyOrdersController(ConsumerOrders orders) {
        this.orders = orders;
    }

    @Serdeable
    record PaymentRequest(String payerName, String payerIdNumber, String amount) {
    }

    @Serdeable
    record Reason(String reason) {
    }

    @Get
    @Operation(summary = "My orders",
            description = "The consumer's own orders, newest first, paged and counted; amounts as money objects, people masked. Roles: CONSUMER.")
    @Secured(Roles.CONSUMER)
    Page<OrderView> mine(Authentication consumer, @QueryValue(defaultValue = "0") int page,
                         @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.of(orders.ownedBy(consumer.getName()), page, size);
    }

    @Get("/{orderNo}")
    @Operation(summary = "One of my orders",
            description = "The order with its promised window and its trip; 404 for someone else's. Roles: CONSUMER.")
    @ProblemResponses.NotFound
    @Secured(Roles.CONSUMER)
    HttpResponse<OrderView> one(Authentication consumer, String orderNo) {
        return orders.ownedBy(consumer.getName(), orderNo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Post("/{orderNo}/payment")
    @Operation(summary = "Pay an order",
            description = "Pays an order as its buyer (payer name and ID must be the buyer's); once per order. Roles: CONSUMER.")
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Secured(Roles.CONSUMER)
    OrderView pay(Authentication consumer, String orderNo, @Body PaymentRequest payment) {
        return orders.pay(consumer.getName(), orderNo,
                new ConsumerOrders.PayerDetails(payment.payerName(), payment.payerIdNumber(), payment.amount()));
    }

    @Post("/{orderNo}/cancel")
    @Operation(summary = "Cancel an order",
            description = "Cancels an order not yet shipped, with the reason; a paid one is refunded. Roles: CONSUMER.")
    @ProblemResponses.NotFound
    @Secured(Roles.CONSUMER)
    OrderView cancel(Authentication consumer, String orderNo, @Body Reason cancel) {
        return orders.cancel(consumer.getName(), orderNo, cancel.reason());
    }

    @Post("/{orderNo}/return")
    @Operation(summary = "Return a delivered order",
            description = "Takes a delivered order back with the reason (a CBEC order is returned to the bonded warehouse or refused). Roles: CONSUMER.")
    @ProblemResponses.NotFound
    @Secured(Roles.CONSUMER)
    OrderView requestReturn(Authentication consumer, String orderNo, @Body Reason request) {
        return orders.requestReturn(consumer.getName(), orderNo, request.reason());
    }
}
