package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.ExportReportRecords;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/** Arrival and departure reports in customs_export_report. */
@Singleton
class JdbcExportReportRecords implements ExportReportRecords {

    private final ExportReportRows rows;

    JdbcExportReportRecords(ExportReportRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(ExportReport r, Instant now) {
        rows.save(ExportReportRow.of(r, UtcTime.of(now)));
    }

    @Override
    public Optional<ExportReport> find(String copNo) {
        return rows.findById(copNo).map(ExportReportRow::report);
    }

    @Override
    public Optional<ExportReport> lock(String copNo) {
        return rows.lock(copNo).map(ExportReportRow::report);
    }

    @Override
    public void update(ExportReport r, Instant now) {
        rows.updateState(r.copNo(), r.status().name(), r.preNo(), r.reason(), UtcTime.of(now));
    }
}
