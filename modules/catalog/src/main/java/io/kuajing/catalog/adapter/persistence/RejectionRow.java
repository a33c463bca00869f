package io.kuajing.catalog.adapter.persistence;

import io.kuajing.catalog.domain.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code catalog_import_rejection}: a row an import rejected, and why. */
@MappedEntity("catalog_import_rejection")
record RejectionRow(@Id @GeneratedValue @Nullable Long id, long runId, String ref, String code, String reason) {

    Rejection rejection() {
        return new Rejection(ref, code, reason);
    }
}
