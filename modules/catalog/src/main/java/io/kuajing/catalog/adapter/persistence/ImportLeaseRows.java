package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_import_lease}, on the caller's transaction. The guarded updates' row counts are the answers. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportLeaseRows extends GenericRepository<ImportLeaseRow, String> {

    /** Reads the marketplace's row and locks it until the transaction ends. */
    @Query("SELECT marketplace, holder, run_id, expires_at FROM catalog_import_lease WHERE marketplace = :marketplace FOR UPDATE")
    Optional<ImportLeaseRow> lock(String marketplace);

    void insert(ImportLeaseRow row);

    @Query("UPDATE catalog_import_lease SET holder = :holder, run_id = NULL, expires_at = :until WHERE marketplace = :marketplace")
    void takeOver(String marketplace, String holder, LocalDateTime until);

    @Query("UPDATE catalog_import_lease SET run_id = :runId WHERE marketplace = :marketplace AND holder = :holder")
    void forRun(String marketplace, String holder, long runId);

    @Query("UPDATE catalog_import_lease SET expires_at = :until WHERE marketplace = :marketplace AND holder = :holder")
    int renew(String marketplace, String holder, LocalDateTime until);

    @Query("DELETE FROM catalog_import_lease WHERE marketplace = :marketplace AND holder = :holder")
    void release(String marketplace, String holder);
}
