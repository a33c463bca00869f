package io.kuajing.catalog.domain;

import java.math.BigDecimal;

/** An offer as a source marketplace delivered it; validated by the import. */
public record SourceOffer(String externalRef, String sellerId, String sellerName, BigDecimal amount, String currency,
                          int stock, String warehouseCode, String warehouseCountry, WarehouseType warehouseType) {
}
