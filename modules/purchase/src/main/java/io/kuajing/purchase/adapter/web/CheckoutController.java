package io.kuajing.purchase.adapter.web;

import io.kuajing.platform.Roles;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutResult;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/** A consumer checks out a basket: 201 with the orders placed, or 200 with the same orders for a retried key. */
@Controller("/api/purchase/checkout")
class CheckoutController {

    private final Checkout checkout;

    CheckoutController(Checkout checkout) {
        this.checkout = checkout;
    }

    @Post
    @Secured(Roles.CONSUMER)
    HttpResponse<CheckoutResult> checkout(Authentication consumer,
                                          @Header(value = "Idempotency-Key", defaultValue = "") String idempotencyKey,
                                          @Body CheckoutRequest request) {
        CheckoutResult result = checkout.checkout(request.toCommand(consumer.getName(), idempotencyKey));
        return result.replayed() ? HttpResponse.ok(result) : HttpResponse.created(result);
    }
}
