package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.catalog.domain.ImportLeases;
import jakarta.inject.Singleton;

/**
 * Leases in catalog_import_lease. Taking one is a locking read of the marketplace's row then an insert or a
 * conditional update in the same transaction: two instances asking at once serialize on the row (or on the primary
 * key for the first insert), so exactly one wins.
 */
@Singleton
class JdbcImportLeases implements ImportLeases {

    private final ImportLeaseRows rows;
    private final CatalogWrites writes;

    JdbcImportLeases(ImportLeaseRows rows, CatalogWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @Override
    public Optional<Taken> take(String marketplace, String holder, Instant now, Instant until) {
        return writes.write(() -> {
            Optional<ImportLeaseRow> held = rows.lock(marketplace);
            if (held.isEmpty()) {
                rows.insert(new ImportLeaseRow(marketplace, holder, null, UtcTime.of(until)));
                return Optional.of(new Taken(null));
            }
            if (UtcTime.instant(held.get().expiresAt()).isAfter(now)) {
                return Optional.<Taken>empty();
            }
            rows.takeOver(marketplace, holder, UtcTime.of(until));
            return Optional.of(new Taken(held.get().runId()));
        });
    }

    @Override
    public void forRun(String marketplace, String holder, long runId) {
        writes.write(() -> rows.forRun(marketplace, holder, runId));
    }

    @Override
    public boolean renew(String marketplace, String holder, Instant until) {
        return writes.write(() -> rows.renew(marketplace, holder, UtcTime.of(until))) == 1;
    }

    @Override
    public void release(String marketplace, String holder) {
        writes.write(() -> rows.release(marketplace, holder));
    }
}
