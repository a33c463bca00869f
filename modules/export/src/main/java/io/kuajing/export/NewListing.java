package io.kuajing.export;

import java.math.BigDecimal;

/** A vendor's listing: SKU, Chinese title, HS code, declared value per unit in CNY, net weight per unit, licence flag. */
public record NewListing(String sku, String titleZh, String hsCode, BigDecimal declaredValueCny, BigDecimal weightKg,
                         Boolean exportLicenceRequired) {
}
