package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.domain.ImportRun;
import io.kuajing.catalog.domain.ImportRuns;
import io.kuajing.catalog.domain.Rejection;
import jakarta.inject.Singleton;

/** Import runs in catalog_import_run, rejected rows in catalog_import_rejection. */
@Singleton
class JdbcImportRuns implements ImportRuns {

    private final ImportRunRows runs;
    private final RejectionRows rejections;
    private final CatalogWrites writes;

    JdbcImportRuns(ImportRunRows runs, RejectionRows rejections, CatalogWrites writes) {
        this.runs = runs;
        this.rejections = rejections;
        this.writes = writes;
    }

    @Override
    public ImportRun start(String marketplace, String startedBy, Instant now) {
        ImportRunRow row = writes.write(() -> runs.save(ImportRunRow.started(marketplace, startedBy, UtcTime.of(now))));
        return find(row.id()).orElseThrow();
    }

    @Override
    public void record(long runId, ImportProgress page, List<Rejection> rejected) {
        writes.write(() -> {
            runs.add(runId, page.seen(), page.created(), page.updated(), page.unchanged(), page.rejected(), page.withdrawn());
            if (!rejected.isEmpty()) {
                rejections.saveAll(rejected.stream().map(r -> new RejectionRow(null, runId, cut(r.ref(), 200),
                        cut(r.code(), 63), cut(r.reason(), 1000))).toList());
            }
        });
    }

    @Override
    public void finish(long runId, ImportRun.Status status, String error, Instant now) {
        writes.write(() -> runs.update(runId, status, cut(error, 1000), UtcTime.of(now)));
    }

    @Override
    public Optional<ImportRun> find(long runId) {
        return runs.findById(runId).map(ImportRunRow::run);
    }

    @Override
    public List<ImportRun> recent(int limit) {
        return runs.recent(limit).stream().map(ImportRunRow::run).toList();
    }

    @Override
    public List<Rejection> rejections(long runId, int offset, int limit) {
        return rejections.page(runId, limit, offset).stream().map(RejectionRow::rejection).toList();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
