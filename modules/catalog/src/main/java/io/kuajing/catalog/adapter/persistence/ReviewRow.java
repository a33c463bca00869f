package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.ReviewItem;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.kernel.Sku;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of the review queue: a product field's text ({@code catalog_product_text}) joined with its product and its
 * entry in the memory ({@code catalog_tm}). Read only, by {@link ReviewRows}' native queries; no table of its own.
 */
@MappedEntity
record ReviewRow(String sku, TextField field, String sourceMarketplace, String sourceKey, String sourceText,
                 String sourceLanguage, @Nullable String draftText, @Nullable String draftOrigin,
                 @Nullable String approvedText, @Nullable String approvedBy, @Nullable LocalDateTime approvedAt,
                 @Nullable String previousText) {

    ReviewItem item() {
        MemoryEntry entry = new MemoryEntry(sourceKey, sourceText, sourceLanguage, draftText, draftOrigin, approvedText,
                approvedBy, UtcTime.instant(approvedAt), previousText);
        return new ReviewItem(new Sku(sku), field, sourceMarketplace, entry.key(), entry.sourceText(),
                entry.sourceLanguage(), entry.status(), entry.draft(), entry.draftOrigin(), entry.approved(),
                entry.approvedBy(), entry.approvedAt(), entry.previous());
    }
}
