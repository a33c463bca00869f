package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Import runs and their rejected rows. */
@SecondaryPort
public interface ImportRuns {

    ImportRun start(String marketplace, String startedBy, Instant now);

    /** Adds a page's counts and rejections to the run, in the caller's transaction. */
    void record(long runId, ImportProgress page, List<Rejection> rejections);

    void finish(long runId, ImportRun.Status status, String error, Instant now);

    Optional<ImportRun> find(long runId);

    List<ImportRun> recent(int limit);

    List<Rejection> rejections(long runId, int offset, int limit);
}
