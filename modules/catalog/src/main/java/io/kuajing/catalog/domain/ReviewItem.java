package io.kuajing.catalog.domain;

import java.time.Instant;

import io.kuajing.kernel.Sku;

/**
 * A row of the review queue: one field of one product, the text it says, and its translation's state.
 *
 * @param previousApproved the approved translation before this one: of this text before an operator changed it, or
 *                         of what the field said when it was last approved (the source changed since); null if none
 */
public record ReviewItem(Sku sku, TextField field, String marketplace, String key, String sourceText,
                         String sourceLanguage, MemoryEntry.ReviewStatus status, String draft, String draftOrigin,
                         String approved, String approvedBy, Instant approvedAt, String previousApproved) {

    /** Filters of the queue; null means any. {@code text} is searched in source, draft and approved text. */
    public record Filter(MemoryEntry.ReviewStatus status, String marketplace, TextField field, String text) {
    }
}
