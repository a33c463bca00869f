package io.kuajing.catalog.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_product_text}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductTextRows extends GenericRepository<ProductTextRow, Void> {

    @Query("SELECT sku, field, source_key, previous_key, updated_at FROM catalog_product_text WHERE sku IN (:skus)")
    List<ProductTextRow> ofSkus(Collection<String> skus);

    /** Inserts or replaces each field's text, one JDBC batch. */
    @Query("INSERT INTO catalog_product_text (sku, field, source_key, previous_key, updated_at)"
            + " VALUES (:sku, :field, :sourceKey, :previousKey, :updatedAt)"
            + " ON DUPLICATE KEY UPDATE source_key = VALUES(source_key), previous_key = VALUES(previous_key),"
            + " updated_at = VALUES(updated_at)")
    void upsert(List<ProductTextRow> rows);
}
