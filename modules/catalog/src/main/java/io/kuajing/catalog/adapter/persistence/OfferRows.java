package io.kuajing.catalog.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code catalog_offer} as products show it, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OfferRows extends GenericRepository<OfferRow, Void> {

    String COLUMNS = "marketplace, external_ref, seller_id, warehouse_code, sku, seller_name, price_amount, "
            + "price_currency, stock, warehouse_country, warehouse_type";

    @Query("SELECT " + COLUMNS + " FROM catalog_offer WHERE sku IN (:skus)"
            + " ORDER BY marketplace, external_ref, seller_id, warehouse_code")
    List<OfferRow> ofSkus(Collection<String> skus);
}
