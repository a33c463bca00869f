package io.kuajing.catalog.adapter.persistence;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_import_rejection}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RejectionRows extends GenericRepository<RejectionRow, Long> {

    /** One JDBC batch for a page's rejections. */
    List<RejectionRow> saveAll(Iterable<RejectionRow> rows);

    @Query("SELECT * FROM catalog_import_rejection WHERE run_id = :runId ORDER BY id LIMIT :limit OFFSET :offset")
    List<RejectionRow> page(long runId, int limit, int offset);
}
