package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.catalog.domain.MemoryEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code catalog_tm}: one source text and its translations into zh-CN, times in UTC. */
@MappedEntity("catalog_tm")
record MemoryRow(@Id String sourceKey, String sourceLanguage, String targetLanguage, String sourceText,
                 @Nullable String draftText, @Nullable String draftOrigin, @Nullable String approvedText,
                 @Nullable String approvedBy, @Nullable LocalDateTime approvedAt, @Nullable String previousText,
                 LocalDateTime createdAt, LocalDateTime updatedAt) {

    static final String TARGET_LANGUAGE = "zh-CN";

    static MemoryRow of(MemoryEntry e, LocalDateTime at) {
        return new MemoryRow(e.key(), e.sourceLanguage(), TARGET_LANGUAGE, e.sourceText(), e.draft(), e.draftOrigin(),
                e.approved(), e.approvedBy(), UtcTime.of(e.approvedAt()), null, at, at);
    }

    MemoryEntry entry() {
        return new MemoryEntry(sourceKey, sourceText, sourceLanguage, draftText, draftOrigin, approvedText, approvedBy,
                UtcTime.instant(approvedAt), previousText);
    }
}
