package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.domain.ImportRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code catalog_import_run}: one import of one marketplace, its counters, its times in UTC. */
@MappedEntity("catalog_import_run")
record ImportRunRow(@Id @GeneratedValue @Nullable Long id, String marketplace, ImportRun.Status status, String startedBy,
                    LocalDateTime startedAt, @Nullable LocalDateTime finishedAt, long seen, long created, long updated,
                    long unchanged, long rejected, long withdrawn, @Nullable String error) {

    static ImportRunRow started(String marketplace, String startedBy, LocalDateTime at) {
        return new ImportRunRow(null, marketplace, ImportRun.Status.RUNNING, startedBy, at, null, 0, 0, 0, 0, 0, 0, null);
    }

    ImportRun run() {
        return new ImportRun(id, marketplace, status, startedBy, UtcTime.instant(startedAt), UtcTime.instant(finishedAt),
                new ImportProgress(seen, created, updated, unchanged, rejected, withdrawn), error);
    }
}
