package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code catalog_import_lease}: which holder imports a marketplace, until when (UTC), for which run. */
@MappedEntity("catalog_import_lease")
record ImportLeaseRow(@Id String marketplace, String holder, @Nullable Long runId, LocalDateTime expiresAt) {
}
