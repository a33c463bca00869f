package io.kuajing.export.adapter.persistence;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_order_ship_to}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ShipToRows extends GenericRepository<ShipToRow, String> {

    ShipToRow save(ShipToRow row);

    Optional<ShipToRow> findById(String orderNo);
}
