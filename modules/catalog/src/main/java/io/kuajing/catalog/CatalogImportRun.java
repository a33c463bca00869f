package io.kuajing.catalog;

import java.time.Instant;

/**
 * An import of a source marketplace's catalogue and how far it got (see docs/catalog.md for the counters).
 *
 * @param status RUNNING, COMPLETED or FAILED
 */
public record CatalogImportRun(long id, String marketplace, String status, String startedBy, Instant startedAt,
                               Instant finishedAt, long seen, long created, long updated, long unchanged, long rejected,
                               long withdrawn, String error) {

    /** Rows the run wrote to the catalogue: items that brought a new product or offer, or changed one. */
    public long written() {
        return created + updated;
    }

    /** Whether the run stopped moving (completed or failed): its counters are final. */
    public boolean finished() {
        return !"RUNNING".equals(status);
    }
}
