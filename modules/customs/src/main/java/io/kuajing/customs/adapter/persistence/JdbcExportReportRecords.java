package io.kuajing.customs.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.ExportReportRecords;
import io.kuajing.customs.domain.declaration.Filing;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import jakarta.inject.Singleton;

/** Arrival and departure reports in customs_export_report. */
@Singleton
class JdbcExportReportRecords implements ExportReportRecords {

    private static final String COLUMNS = "cop_no, message_type, status, pre_no, reason";

    private final Sql sql;

    JdbcExportReportRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(ExportReport r, Instant now) {
        sql.update("INSERT INTO customs_export_report (" + COLUMNS + ", reported_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", r.copNo(), r.type(), r.status(), r.preNo(), r.reason(), now, now);
    }

    @Override
    public Optional<ExportReport> find(String copNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_report WHERE cop_no = ?",
                JdbcExportReportRecords::report, copNo);
    }

    @Override
    public Optional<ExportReport> lock(String copNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_report WHERE cop_no = ? FOR UPDATE",
                JdbcExportReportRecords::report, copNo);
    }

    @Override
    public void update(ExportReport r, Instant now) {
        sql.update("UPDATE customs_export_report SET status = ?, pre_no = ?, reason = ?, updated_at = ? WHERE cop_no = ?",
                r.status(), r.preNo(), r.reason(), now, r.copNo());
    }

    private static ExportReport report(ResultSet rs) throws SQLException {
        return new ExportReport(rs.getString("cop_no"), MessageType.valueOf(rs.getString("message_type")),
                new Filing(FilingStatus.valueOf(rs.getString("status")), rs.getString("pre_no"), rs.getString("reason")));
    }
}
