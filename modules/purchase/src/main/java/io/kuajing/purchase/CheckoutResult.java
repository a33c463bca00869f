package io.kuajing.purchase;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** The orders one checkout placed; {@code replayed} when they were placed by an earlier call with the same key. */
@Serdeable
public record CheckoutResult(String checkoutId, List<OrderView> orders, boolean replayed) {
}
