package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.catalog.domain.TextField;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code catalog_product_text}: which text a product's field says, keyed by (sku, field). No {@code @Id}:
 * every statement on it is native SQL, so the composite key needs no embedded-id type.
 */
@MappedEntity("catalog_product_text")
record ProductTextRow(String sku, TextField field, String sourceKey, @Nullable String previousKey, LocalDateTime updatedAt) {
}
