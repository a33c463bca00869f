package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_vendor}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface VendorRows extends GenericRepository<VendorRow, String> {

    /** An INSERT: the primary key or the USCC's unique key refuses a vendor already there. */
    VendorRow save(VendorRow row);

    Optional<VendorRow> findById(String vendorId);

    List<VendorRow> listOrderByName();
}
