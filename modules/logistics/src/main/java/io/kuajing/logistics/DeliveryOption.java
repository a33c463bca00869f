package io.kuajing.logistics;

import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;

/**
 * One way to deliver a part of the basket: its promise, the freight the consumer pays (null when no carrier could
 * quote just now) and the carriers per leg. {@code deliverable} is false when no loaded carrier serves some leg of
 * every route: the goods cannot be shipped at all, whatever the price.
 */
public record DeliveryOption(FulfilmentMode mode, String warehouseId, DeliveryPromise promise, Money freight,
                             List<String> carriers, boolean deliverable) {
}
