package io.kuajing.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;

/**
 * What one unit costs a consumer in one fulfilment mode, landed: goods in CNY, freight estimate, import tax, total,
 * the delivery window, and the offer and FX rate behind the goods price (for the order snapshot).
 *
 * @param shipFromCountry ISO country of the warehouse the goods ship from (their origin for the waybill)
 * @param fxRate CNY per unit of the offer's currency, in force from {@code fxEffectiveFrom}
 */
public record LandedPrice(FulfilmentMode mode, Money goods, Money freight, Money tax, Money total, String taxBasis,
                          LocalDate deliveryEarliest, LocalDate deliveryLatest, String deliveryWording,
                          String marketplace, String externalRef, String sellerId, String warehouseCode,
                          String shipFromCountry, Money offerPrice, BigDecimal fxRate, LocalDate fxEffectiveFrom) {
}
