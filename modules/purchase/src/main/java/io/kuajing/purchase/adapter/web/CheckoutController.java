package io.kuajing.purchase.adapter.web;

import io.kuajing.platform.ProblemResponses;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A consumer checks out a basket: 201 with the orders placed, or 200 with the same orders for a retried key. */
@Tag(name = "purchase")
@ProblemResponses
@Controller("/api/purchase/checkout")
class CheckoutController {

    private final Checkout checkout;

    CheckoutController(Checkout checkout) {
        this.checkout = checkout;
    }

    @Post
    @Operation(summary = "Check out lines",
            description = "Places one order per mode and warehouse for the lines given, with the buyer and consignee; Idempotency-Key required: 201 with the orders, 200 replaying them for a retry with the same key. Roles: CONSUMER.")
    @ApiResponse(responseCode = "201", description = "Placed: the orders")
    @ApiResponse(responseCode = "200", description = "A retry with the same key: the orders placed before")
    @ProblemResponses.Conflict
    @Secured(Roles.CONSUMER)
    HttpResponse<CheckoutResult> checkout(Authentication consumer,
                                          @Header(value = "Idempotency-Key", defaultValue = "") String idempotencyKey,
                                          @Body CheckoutRequest request) {
        CheckoutResult result = checkout.checkout(request.toCommand(consumer.getName(), idempotencyKey));
        return result.replayed() ? HttpResponse.ok(result) : HttpResponse.created(result);
    }
}
