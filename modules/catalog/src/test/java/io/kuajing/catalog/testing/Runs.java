package io.kuajing.catalog.testing;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.domain.ImportProgress;

/** Compares a run's counters as one value, so an assertion shows every counter when one is off. */
public final class Runs {

    private Runs() {
    }

    public static ImportProgress progress(CatalogImportRun run) {
        return new ImportProgress(run.seen(), run.created(), run.updated(), run.unchanged(), run.rejected(), run.withdrawn());
    }
}
