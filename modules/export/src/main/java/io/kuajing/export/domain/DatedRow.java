package io.kuajing.export.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A row of a dated table: in force from {@code effectiveFrom} until a later row for the same key replaces it. */
interface DatedRow {

    LocalDate effectiveFrom();

    /** The row in force on {@code day}: the latest one on or before it. */
    static <R extends DatedRow> Optional<R> inForce(List<R> rows, LocalDate day) {
        return rows.stream().filter(r -> !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(DatedRow::effectiveFrom));
    }
}
