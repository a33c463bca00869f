package io.kuajing.export;

import java.time.Instant;

import io.kuajing.kernel.Money;

/**
 * What a marketplace was told and accepted: kind LISTING (sku, price, stock), PRICE_STOCK (sku, price and/or stock)
 * or SHIPMENT (orderNo, carrier, tracking number); the fields of the other kinds are null.
 */
public record PushView(long id, String marketplace, String kind, String vendorId, String sku, String orderNo,
                       Money price, Integer stock, String carrier, String trackingNumber, Instant pushedAt,
                       String pushedBy) {
}
