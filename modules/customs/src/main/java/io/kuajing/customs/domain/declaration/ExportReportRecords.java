package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Arrival and departure reports, in the caller's transaction. */
@Repository
@SecondaryPort
public interface ExportReportRecords {

    void add(ExportReport report, Instant now);

    Optional<ExportReport> find(String copNo);

    Optional<ExportReport> lock(String copNo);

    void update(ExportReport report, Instant now);
}
