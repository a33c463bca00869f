package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.ConsignmentStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_consignment}, on the caller's transaction; the stock shipped abroad joins its lines. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsignmentRows extends GenericRepository<ConsignmentRow, String> {

    /** Units of one SKU shipped to one overseas warehouse. */
    @Introspected
    record ShippedRow(String sku, String warehouseCountry, String warehouseCode, int quantity) {
    }

    ConsignmentRow save(ConsignmentRow row);

    Optional<ConsignmentRow> findById(String consignmentNo);

    @Query("SELECT * FROM export_consignment WHERE vendor_id = :vendorId"
            + " ORDER BY recorded_at DESC, consignment_no DESC LIMIT :limit")
    List<ConsignmentRow> latestOfVendor(String vendorId, int limit);

    /** Only from {@code from}: the row count says whether customs' answer was taken. */
    @Query("UPDATE export_consignment SET status = :to, customs_note = :customsNote"
            + " WHERE consignment_no = :consignmentNo AND status = :from")
    int move(String consignmentNo, ConsignmentStatus from, ConsignmentStatus to, @Nullable String customsNote);

    @Query("SELECT l.sku, c.warehouse_country, c.warehouse_code, SUM(l.quantity) AS quantity"
            + " FROM export_consignment c JOIN export_consignment_line l ON l.consignment_no = c.consignment_no"
            + " WHERE c.vendor_id = :vendorId AND c.status = :status"
            + " GROUP BY l.sku, c.warehouse_country, c.warehouse_code")
    List<ShippedRow> shipped(String vendorId, ConsignmentStatus status);
}
