package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_marketplace_push}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PushRows extends GenericRepository<PushRow, Long> {

    /** An INSERT, the id generated; a second shipment confirmation of one order fails on shipment_of's unique key. */
    PushRow save(PushRow row);

    Optional<PushRow> findByShipmentOf(String orderNo);

    @Query("SELECT * FROM export_marketplace_push WHERE vendor_id = :vendorId ORDER BY pushed_at DESC, id DESC LIMIT :limit")
    List<PushRow> latestOfVendor(String vendorId, int limit);
}
