package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code catalog_product} as stored. The import writes it by hand ({@link JdbcCatalogStore}); the
 * repositories read it as a {@link ProductView} and change an operator's overrides and the translation queue.
 */
@MappedEntity("catalog_product")
record ProductRow(@Id String sku, String identityKey, String sourceMarketplace, String sourceRef, String title,
                  @Nullable String description, String language, @Nullable String brand, @Nullable String category,
                  @Nullable String gtin, @Nullable String hsCode, @Nullable String hsCodeOverride,
                  @Nullable String classifiedBy, @Nullable Integer weightGrams, String contentHash,
                  LocalDateTime createdAt, LocalDateTime updatedAt, @Nullable String titleKey, @Nullable String brandKey,
                  @Nullable String origin, @Nullable String originOverride, @Nullable LocalDateTime translationDue) {
}
