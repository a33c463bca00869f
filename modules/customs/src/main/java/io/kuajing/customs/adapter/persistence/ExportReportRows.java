package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_export_report}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExportReportRows extends GenericRepository<ExportReportRow, String> {

    /** An INSERT: a report's copNo is new by construction. */
    ExportReportRow save(ExportReportRow row);

    Optional<ExportReportRow> findById(String copNo);

    @Query("SELECT * FROM customs_export_report WHERE cop_no = :copNo FOR UPDATE")
    Optional<ExportReportRow> lock(String copNo);

    @Query("""
            UPDATE customs_export_report SET status = :status, pre_no = :preNo, reason = :reason, updated_at = :now
            WHERE cop_no = :copNo""")
    void updateState(String copNo, String status, @Nullable String preNo, @Nullable String reason, LocalDateTime now);
}
