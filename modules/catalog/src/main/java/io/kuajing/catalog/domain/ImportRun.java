package io.kuajing.catalog.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** One import of a source marketplace's catalogue, with its progress so far. */
@AggregateRoot
public record ImportRun(@Identity long id, String marketplace, Status status, String startedBy, Instant startedAt,
                        Instant finishedAt, ImportProgress progress, String error) {

    /** RUNNING until the last page; FAILED when the marketplace itself failed (rows imported until then stay). */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }
}
