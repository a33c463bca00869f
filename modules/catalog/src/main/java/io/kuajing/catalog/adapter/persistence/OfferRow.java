package io.kuajing.catalog.adapter.persistence;

import java.math.BigDecimal;
import java.util.Currency;

import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code catalog_offer} as read (the import writes them by hand, {@link JdbcCatalogStore}). No {@code @Id}:
 * the key is the natural (marketplace, external_ref, seller_id, warehouse_code), and every statement is native SQL.
 */
@MappedEntity("catalog_offer")
record OfferRow(String marketplace, String externalRef, String sellerId, String warehouseCode, String sku,
                @Nullable String sellerName, BigDecimal priceAmount, String priceCurrency, int stock,
                String warehouseCountry, WarehouseType warehouseType) {

    Offer offer() {
        return new Offer(new OfferKey(marketplace, externalRef, sellerId, warehouseCode), new Sku(sku), sellerName,
                new Money(priceAmount, Currency.getInstance(priceCurrency)), stock,
                new Warehouse(warehouseCode, CountryCode.of(warehouseCountry), warehouseType));
    }
}
