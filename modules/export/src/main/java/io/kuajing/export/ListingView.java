package io.kuajing.export;

import java.math.BigDecimal;

import io.kuajing.kernel.Money;

/** A vendor's listing as kept; the declared value is per unit, in CNY. */
public record ListingView(String sku, String vendorId, String titleZh, String hsCode, Money declaredValue,
                          BigDecimal weightKg, boolean exportLicenceRequired) {
}
