package io.kuajing.catalog;

import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.RuleViolation;

/** Operators importing source marketplaces' catalogues and following the runs. */
public interface ImportingCatalogues {

    List<SourceMarketplace> sources();

    /**
     * Starts an import in the background and returns the run at once.
     *
     * @throws RuleViolation {@code unknown-marketplace}, or {@code import-running} when one runs already
     */
    CatalogImportRun start(String marketplace, String startedBy);

    Optional<CatalogImportRun> run(long id);

    List<CatalogImportRun> recent(int limit);

    List<RejectedRow> rejections(long runId, int offset, int limit);
}
