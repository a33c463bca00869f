package io.kuajing.catalog.adapter.persistence;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The review queue over {@code catalog_product_text}, {@code catalog_product} and {@code catalog_tm}. Each filter is
 * null for "any"; {@code pattern} is a LIKE pattern.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewRows extends GenericRepository<ReviewRow, Void> {

    String FROM = " FROM catalog_product_text t JOIN catalog_product p ON p.sku = t.sku"
            + " JOIN catalog_tm m ON m.source_key = t.source_key LEFT JOIN catalog_tm pm ON pm.source_key = t.previous_key"
            + " WHERE (:marketplace IS NULL OR p.source_marketplace = :marketplace) AND (:field IS NULL OR t.field = :field)"
            + " AND (:status IS NULL OR (:status = 'DRAFT' AND m.draft_text IS NOT NULL)"
            + " OR (:status = 'APPROVED' AND m.draft_text IS NULL AND m.approved_text IS NOT NULL)"
            + " OR (:status = 'WAITING' AND m.draft_text IS NULL AND m.approved_text IS NULL))"
            + " AND (:pattern IS NULL OR m.source_text LIKE :pattern OR m.draft_text LIKE :pattern OR m.approved_text LIKE :pattern)";

    @Query("SELECT t.sku, t.field, p.source_marketplace, m.source_key, m.source_text, m.source_language, m.draft_text,"
            + " m.draft_origin, m.approved_text, m.approved_by, m.approved_at,"
            + " COALESCE(m.previous_text, pm.approved_text) AS previous_text" + FROM
            + " ORDER BY t.sku, t.field LIMIT :limit OFFSET :offset")
    List<ReviewRow> find(@Nullable String marketplace, @Nullable String field, @Nullable String status,
                         @Nullable String pattern, int offset, int limit);

    @Query("SELECT COUNT(*)" + FROM)
    long count(@Nullable String marketplace, @Nullable String field, @Nullable String status, @Nullable String pattern);
}
