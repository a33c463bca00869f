package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.kuajing.kernel.Money;

/**
 * What a marketplace was told and accepted: kind LISTING (sku, price, stock), PRICE_STOCK (sku, price and/or stock)
 * or SHIPMENT (orderNo, carrier, tracking number); the fields of the other kinds are null. A price given in CNY
 * carries it ({@code priceCny}) and the settlement rate it was converted at ({@code fxRate}, CNY per unit, in force
 * from {@code fxRateFrom}).
 */
public record PushView(long id, String marketplace, String kind, String vendorId, String sku, String orderNo,
                       Money price, Integer stock, String carrier, String trackingNumber, Instant pushedAt,
                       String pushedBy, Money priceCny, BigDecimal fxRate, LocalDate fxRateFrom) {
}
