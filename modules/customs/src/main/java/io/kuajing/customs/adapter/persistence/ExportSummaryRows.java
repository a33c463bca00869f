package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_export_summary}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExportSummaryRows extends GenericRepository<ExportSummaryRow, String> {

    /** An INSERT: a summary's copNo is new by construction. */
    ExportSummaryRow save(ExportSummaryRow row);

    Optional<ExportSummaryRow> findById(String copNo);

    @Query("SELECT * FROM customs_export_summary WHERE cop_no = :copNo FOR UPDATE")
    Optional<ExportSummaryRow> lock(String copNo);

    @Query("""
            UPDATE customs_export_summary SET status = :status, pre_no = :preNo, sum_no = :sumNo, reason = :reason,
              updated_at = :now WHERE cop_no = :copNo""")
    void updateState(String copNo, String status, @Nullable String preNo, @Nullable String sumNo,
                     @Nullable String reason, LocalDateTime now);
}
