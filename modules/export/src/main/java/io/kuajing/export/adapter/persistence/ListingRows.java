package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_listing}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ListingRows extends GenericRepository<ListingRow, String> {

    /** The row lock keeps two vendors from claiming one new SKU at once (the caller's transaction holds it). */
    @Query("SELECT * FROM export_listing WHERE sku = :sku FOR UPDATE")
    Optional<ListingRow> lockedBySku(String sku);

    ListingRow save(ListingRow row);

    ListingRow update(ListingRow row);

    Optional<ListingRow> findById(String sku);

    List<ListingRow> findByVendorIdOrderBySku(String vendorId);
}
