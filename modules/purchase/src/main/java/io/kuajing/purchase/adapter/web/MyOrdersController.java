package io.kuajing.purchase.adapter.web;

import java.util.List;

import io.kuajing.platform.Roles;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/** A consumer's own orders. The owner is always the token's subject, never a parameter. */
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
    @Secured(Roles.CONSUMER)
    List<OrderView> mine(Authentication consumer) {
        return orders.ownedBy(consumer.getName());
    }

    @Get("/{orderNo}")
    @Secured(Roles.CONSUMER)
    HttpResponse<OrderView> one(Authentication consumer, String orderNo) {
        return orders.ownedBy(consumer.getName(), orderNo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Post("/{orderNo}/payment")
    @Secured(Roles.CONSUMER)
    OrderView pay(Authentication consumer, String orderNo, @Body PaymentRequest payment) {
        return orders.pay(consumer.getName(), orderNo,
                new ConsumerOrders.PayerDetails(payment.payerName(), payment.payerIdNumber(), payment.amount()));
    }

    @Post("/{orderNo}/cancel")
    @Secured(Roles.CONSUMER)
    OrderView cancel(Authentication consumer, String orderNo, @Body Reason cancel) {
        return orders.cancel(consumer.getName(), orderNo, cancel.reason());
    }

    @Post("/{orderNo}/return")
    @Secured(Roles.CONSUMER)
    OrderView requestReturn(Authentication consumer, String orderNo, @Body Reason request) {
        return orders.requestReturn(consumer.getName(), orderNo, request.reason());
    }
}
