package io.kuajing.catalog;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;

/**
 * One marketplace offer of a product as operators see it.
 *
 * @param warehouseType OVERSEAS, BONDED or DOMESTIC
 */
public record OfferView(Sku sku, String marketplace, String externalRef, String sellerId, String sellerName,
                        String warehouseCode, String warehouseCountry, String warehouseType, Money price, int stock) {
}
