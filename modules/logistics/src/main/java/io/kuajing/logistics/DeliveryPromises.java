package io.kuajing.logistics;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;

/** Delivery promises and options for catalog (product page) and checkout. */
public interface DeliveryPromises {

    /** The promise for an order paid at {@code paidAt} and fulfilled in {@code mode} from {@code warehouseId}. */
    DeliveryPromise promise(FulfilmentMode mode, String warehouseId, Instant paidAt);

    /** For each fulfilment mode of the basket: promise, cheapest freight and the carriers that would carry it. */
    List<DeliveryOption> options(DeliveryQuestion question, Instant now);
}
