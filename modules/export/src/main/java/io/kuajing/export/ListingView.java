package io.kuajing.export;

import java.math.BigDecimal;

import io.micronaut.serde.annotation.Serdeable;

/** A vendor's listing as kept. */
@Serdeable
public record ListingView(String sku, String vendorId, String titleZh, String hsCode, BigDecimal declaredValueCny,
                          BigDecimal weightKg, boolean exportLicenceRequired) {
}
