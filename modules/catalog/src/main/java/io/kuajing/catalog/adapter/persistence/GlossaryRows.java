package io.kuajing.catalog.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_glossary}, on the caller's transaction. Upserts are MySQL's {@code ON DUPLICATE KEY UPDATE}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GlossaryRows extends GenericRepository<GlossaryRow, Void> {

    @Query("SELECT kind, source, target, factor, updated_by, updated_at FROM catalog_glossary ORDER BY kind, source")
    List<GlossaryRow> inOrder();

    @Query("INSERT INTO catalog_glossary (kind, source, target, factor, updated_by, updated_at)"
            + " VALUES (:kind, :source, :target, :factor, :updatedBy, :updatedAt)"
            + " ON DUPLICATE KEY UPDATE target = VALUES(target), factor = VALUES(factor),"
            + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
    void put(GlossaryTerm.Kind kind, String source, String target, @Nullable BigDecimal factor, String updatedBy,
             LocalDateTime updatedAt);

    /** Only where no row is: a row already there stays ({@code kind = kind} changes nothing), one JDBC batch. */
    @Query("INSERT INTO catalog_glossary (kind, source, target, factor, updated_by, updated_at)"
            + " VALUES (:kind, :source, :target, :factor, :updatedBy, :updatedAt) ON DUPLICATE KEY UPDATE kind = kind")
    void insertAbsent(List<GlossaryRow> rows);

    @Query("DELETE FROM catalog_glossary WHERE kind = :kind AND source = :source")
    int remove(GlossaryTerm.Kind kind, String source);
}
