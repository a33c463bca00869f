package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.kuajing.catalog.domain.ImportRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_import_run}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRunRows extends GenericRepository<ImportRunRow, Long> {

    ImportRunRow save(ImportRunRow row);

    Optional<ImportRunRow> findById(Long id);

    @Query("SELECT * FROM catalog_import_run ORDER BY id DESC LIMIT :limit")
    List<ImportRunRow> recent(int limit);

    /** Adds a page's counts in the database, so that runs on several instances never lose each other's. */
    @Query("UPDATE catalog_import_run SET seen = seen + :seen, created = created + :created, updated = updated + :updated,"
            + " unchanged = unchanged + :unchanged, rejected = rejected + :rejected, withdrawn = withdrawn + :withdrawn"
            + " WHERE id = :id")
    void add(long id, long seen, long created, long updated, long unchanged, long rejected, long withdrawn);

    void update(@Id Long id, ImportRun.Status status, @Nullable String error, @Nullable LocalDateTime finishedAt);
}
