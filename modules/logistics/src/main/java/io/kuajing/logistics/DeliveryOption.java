package io.kuajing.logistics;

import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;

/** One way to deliver a part of the basket: its promise, the freight the consumer pays (null when no carrier could quote) and the carriers per leg. */
public record DeliveryOption(FulfilmentMode mode, String warehouseId, DeliveryPromise promise, Money freight,
                             List<String> carriers) {
}
