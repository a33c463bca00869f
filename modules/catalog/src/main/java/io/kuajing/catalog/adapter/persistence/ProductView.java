package io.kuajing.catalog.adapter.persistence;

import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * A product as shown: a {@link ProductRow} with an operator's HS code and origin in place of the feed's
 * ({@code COALESCE(override, feed) AS hs_code, ... AS origin} in {@link ProductRows}' queries).
 */
@Introspected
record ProductView(String sku, String identityKey, String sourceMarketplace, String sourceRef, String title,
                   @Nullable String description, String language, @Nullable String brand, @Nullable String category,
                   @Nullable String gtin, @Nullable String hsCode, @Nullable Integer weightGrams, @Nullable String origin) {

    /** The select list of a view over {@code catalog_product p}. */
    static final String COLUMNS = "p.sku, p.identity_key, p.source_marketplace, p.source_ref, p.title, p.description, "
            + "p.language, p.brand, p.category, p.gtin, COALESCE(p.hs_code_override, p.hs_code) AS hs_code, p.weight_grams, "
            + "COALESCE(p.origin_override, p.origin) AS origin";

    Product product() {
        return new Product(new Sku(sku), new ProductIdentity(identityKey), sourceMarketplace, sourceRef, title, description,
                language, brand, category, gtin, hsCode == null ? null : new HsCode(hsCode), weightGrams,
                origin == null ? null : CountryCode.of(origin));
    }
}
