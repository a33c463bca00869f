package io.kuajing.catalog.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code catalog_glossary}, keyed by (kind, source). No {@code @Id}: every statement on it is native SQL,
 * so the composite key needs no embedded-id type.
 */
@MappedEntity("catalog_glossary")
record GlossaryRow(GlossaryTerm.Kind kind, String source, String target, @Nullable BigDecimal factor, String updatedBy,
                   LocalDateTime updatedAt) {

    GlossaryTerm term() {
        return new GlossaryTerm(kind, source, target, factor);
    }
}
