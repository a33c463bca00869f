package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_tm}, on the caller's transaction. The guarded updates' row counts are the answers. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MemoryRows extends GenericRepository<MemoryRow, String> {

    Optional<MemoryRow> findById(String sourceKey);

    List<MemoryRow> findBySourceKeyIn(Collection<String> sourceKeys);

    @Query("SELECT source_key, approved_text FROM catalog_tm WHERE approved_text IS NOT NULL AND source_key IN (:sourceKeys)")
    List<ApprovedText> approved(Collection<String> sourceKeys);

    /**
     * Adds entries in one JDBC batch; another instance may have added the same text meanwhile: its entry stays
     * ({@code source_key = source_key} changes nothing).
     */
    @Query("INSERT INTO catalog_tm (source_key, source_language, target_language, source_text, draft_text, draft_origin,"
            + " approved_text, approved_by, approved_at, previous_text, created_at, updated_at) VALUES (:sourceKey,"
            + " :sourceLanguage, :targetLanguage, :sourceText, :draftText, :draftOrigin, :approvedText, :approvedBy,"
            + " :approvedAt, :previousText, :createdAt, :updatedAt) ON DUPLICATE KEY UPDATE source_key = source_key")
    void insertAbsent(List<MemoryRow> rows);

    /** A reviewed translation over a draft or a waiting text (never over an approved one); the draft is set aside. */
    @Query("UPDATE catalog_tm SET approved_text = :text, approved_by = :by, approved_at = :at, draft_text = NULL,"
            + " updated_at = :now WHERE source_key = :sourceKey AND approved_text IS NULL")
    int approveUnapproved(String sourceKey, @Nullable String text, @Nullable String by, @Nullable LocalDateTime at, LocalDateTime now);

    @Query("UPDATE catalog_tm SET draft_text = :draft, draft_origin = :origin, updated_at = :now WHERE source_key = :sourceKey")
    int edit(String sourceKey, @Nullable String draft, @Nullable String origin, LocalDateTime now);

    /**
     * One statement: the approved text it replaces becomes the previous one. Each right-hand side reads only columns
     * assigned after it, so MySQL's left-to-right SET and H2's standard one read the same old row.
     */
    @Query("UPDATE catalog_tm SET previous_text = CASE WHEN approved_text IS NULL THEN previous_text ELSE approved_text END,"
            + " approved_text = COALESCE(:text, draft_text), approved_by = :by, approved_at = :now, draft_text = NULL,"
            + " updated_at = :now WHERE source_key = :sourceKey AND (:text IS NOT NULL OR draft_text IS NOT NULL)")
    int approve(String sourceKey, @Nullable String text, String by, LocalDateTime now);
}
