package io.kuajing.purchase.adapter.web;

import java.math.BigDecimal;

import io.kuajing.kernel.Quantity;
import io.kuajing.platform.ProblemResponses;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The consumer's own basket (the token's subject), and its checkout. */
@Tag(name = "purchase")
@ProblemResponses
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
    @Operation(summary = "My basket",
            description = "Each line with every mode it can take today (landed unit price, delivery window), the orders checkout would place and the estimated total. Roles: CONSUMER.")
    BasketView show(Authentication consumer) {
        return basket.basket(consumer.getName());
    }

    @Put("/lines/{sku}")
    @Operation(summary = "Put a product in the basket",
            description = "Adds or replaces the product's line (quantity 1-99, optional mode); the basket as it is now. Roles: CONSUMER.")
    BasketView put(Authentication consumer, String sku, @Body LineRequest line) {
        return basket.put(consumer.getName(), sku, Quantity.units(line.quantity(), "quantity"), line.mode());
    }

    @Delete("/lines/{sku}")
    @Operation(summary = "Take a product out",
            description = "Removes the product's line; the basket as it is now. Roles: CONSUMER.")
    BasketView remove(Authentication consumer, String sku) {
        return basket.remove(consumer.getName(), sku);
    }

    @Post("/checkout")
    @Operation(summary = "Check the basket out",
            description = "Checks the basket's lines out as checkout does and empties it in the same transaction; 201 with the orders, 200 replaying them for a retry with the same Idempotency-Key. Roles: CONSUMER.")
    @ApiResponse(responseCode = "201", description = "Placed: the orders")
    @ApiResponse(responseCode = "200", description = "A retry with the same key: the orders placed before")
    @ProblemResponses.Conflict
    HttpResponse<CheckoutResult> checkout(Authentication consumer,
                                          @Header(value = "Idempotency-Key", defaultValue = "") String idempotencyKey,
                                          @Body BasketCheckoutRequest request) {
        CheckoutResult result = basket.checkout(consumer.getName(), idempotencyKey,
                CheckoutRequest.Buyer.details(request.buyer()), CheckoutRequest.Consignee.details(request.consignee()));
        return result.replayed() ? HttpResponse.ok(result) : HttpResponse.created(result);
    }
}
