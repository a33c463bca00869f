package io.kuajing.purchase.adapter.web;

import java.math.BigDecimal;

import io.kuajing.kernel.Quantity;
import io.kuajing.platform.Roles;
import io.kuajing.purchase.BasketView;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.ConsumerBasket;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/** The consumer's own basket (the token's subject), and its checkout. */
@Controller("/api/purchase/basket")
@Secured(Roles.CONSUMER)
class BasketController {

    private final ConsumerBasket basket;

    BasketController(ConsumerBasket basket) {
        this.basket = basket;
    }

    /** A product's line: how many, and the mode (null or absent: the cheapest at checkout). */
    @Serdeable
    record LineRequest(BigDecimal quantity, String mode) {
    }

    /** Who buys and where it goes; the lines are the basket's. */
    @Serdeable
    record BasketCheckoutRequest(CheckoutRequest.Buyer buyer, CheckoutRequest.Consignee consignee) {
    }

    @Get
    BasketView show(Authentication consumer) {
        return basket.basket(consumer.getName());
    }

    @Put("/lines/{sku}")
    BasketView put(Authentication consumer, String sku, @Body LineRequest line) {
        return basket.put(consumer.getName(), sku, Quantity.units(line.quantity(), "quantity"), line.mode());
    }

    @Delete("/lines/{sku}")
    BasketView remove(Authentication consumer, String sku) {
        return basket.remove(consumer.getName(), sku);
    }

    @Post("/checkout")
    HttpResponse<CheckoutResult> checkout(Authentication consumer,
                                          @Header(value = "Idempotency-Key", defaultValue = "") String idempotencyKey,
                                          @Body BasketCheckoutRequest request) {
        CheckoutResult result = basket.checkout(consumer.getName(), idempotencyKey,
                CheckoutRequest.Buyer.details(request.buyer()), CheckoutRequest.Consignee.details(request.consignee()));
        return result.replayed() ? HttpResponse.ok(result) : HttpResponse.created(result);
    }
}
