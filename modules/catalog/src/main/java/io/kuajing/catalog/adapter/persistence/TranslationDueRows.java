package io.kuajing.catalog.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The translation worker's queue, {@code catalog_product.translation_due}, on the caller's transaction. Times are
 * bound as UTC text with their microseconds ({@link UtcTime#text}). Native SQL: MySQL's {@code SKIP LOCKED} and the
 * guarded updates have no generated form.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TranslationDueRows extends GenericRepository<ProductRow, String> {

    // No ORDER BY: InnoDB walks the translation_due index and locks only the rows it returns (as the outbox does).
    @Query("SELECT sku FROM catalog_product WHERE translation_due <= :now LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<String> lockDue(String now, int limit);

    @Query("UPDATE catalog_product SET translation_due = :until WHERE sku IN (:skus)")
    void lease(Collection<String> skus, String until);

    /** Done, unless another worker leased the product again meanwhile (its lease differs). */
    @Query("UPDATE catalog_product SET translation_due = NULL WHERE sku IN (:skus) AND translation_due = :leaseUntil")
    void done(Collection<String> skus, String leaseUntil);

    @Query("SELECT COUNT(*) FROM catalog_product WHERE translation_due IS NOT NULL")
    long waiting();

    @Query("UPDATE catalog_product SET translation_due = :now WHERE translation_due IS NULL AND sku IN"
            + " (SELECT t.sku FROM catalog_product_text t JOIN catalog_tm m ON m.source_key = t.source_key"
            + " WHERE m.draft_text IS NULL AND m.approved_text IS NULL)")
    int requeueWaiting(String now);
}
