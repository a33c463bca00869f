package io.kuajing.catalog.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code catalog_product} as the shop, the console and the translation worker read and change it, on the caller's
 * transaction. Native SQL for the reads: they join the translation memory and show an operator's overrides.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductRows extends GenericRepository<ProductRow, String> {

    String UNTRANSLATED = " FROM catalog_product p LEFT JOIN catalog_tm tt ON tt.source_key = p.title_key"
            + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key"
            + " WHERE tt.approved_text IS NULL OR (p.brand_key IS NOT NULL AND tb.approved_text IS NULL)";

    String MATCHING = " AND (:pattern IS NULL OR tt.approved_text LIKE :pattern OR tb.approved_text LIKE :pattern"
            + " OR p.title LIKE :pattern OR p.brand LIKE :pattern)"
            + " AND (:category IS NULL OR p.category = :category) ORDER BY p.sku LIMIT :limit OFFSET :offset";

    @Query("SELECT " + ProductView.COLUMNS + " FROM catalog_product p WHERE p.sku = :sku")
    Optional<ProductView> view(String sku);

    @Query("SELECT " + ProductView.COLUMNS + " FROM catalog_product p WHERE p.sku IN (:skus) ORDER BY p.sku")
    List<ProductView> views(Collection<String> skus);

    /** Matching the approved Chinese or the source text; {@code pattern} a LIKE pattern or null for all. */
    @Query("SELECT " + ProductView.COLUMNS + " FROM catalog_product p LEFT JOIN catalog_tm tt ON tt.source_key = p.title_key"
            + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key WHERE 1 = 1" + MATCHING)
    List<ProductView> search(@Nullable String pattern, @Nullable String category, int offset, int limit);

    /** What consumers may see: title (and brand, if any) approved, some offer in stock. */
    @Query("SELECT " + ProductView.COLUMNS + " FROM catalog_product p"
            + " JOIN catalog_tm tt ON tt.source_key = p.title_key AND tt.approved_text IS NOT NULL"
            + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key"
            + " WHERE (p.brand_key IS NULL OR tb.approved_text IS NOT NULL)"
            + " AND EXISTS (SELECT 1 FROM catalog_offer o WHERE o.sku = p.sku AND o.stock > 0)" + MATCHING)
    List<ProductView> shop(@Nullable String pattern, @Nullable String category, int offset, int limit);

    @Query("SELECT " + ProductView.COLUMNS + UNTRANSLATED + " ORDER BY p.sku LIMIT :limit OFFSET :offset")
    List<ProductView> untranslated(int offset, int limit);

    @Query("SELECT COUNT(*)" + UNTRANSLATED)
    long countUntranslated();

    /** An operator's origin; returns the rows changed. */
    long update(@Id String sku, @Nullable String originOverride, LocalDateTime updatedAt);

    /** An operator's HS code; returns the rows changed. */
    long update(@Id String sku, String hsCodeOverride, String classifiedBy, LocalDateTime updatedAt);

    /** Only where they differ: the worker's pass over unchanged products writes nothing. */
    @Query("UPDATE catalog_product SET title_key = :titleKey, brand_key = :brandKey WHERE sku = :sku"
            + " AND (title_key IS NULL OR title_key <> :titleKey OR COALESCE(brand_key, '') <> :brandKeyOrEmpty)")
    void keepSearchKeys(String sku, String titleKey, @Nullable String brandKey, String brandKeyOrEmpty);
}
