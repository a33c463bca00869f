package io.kuajing.export.adapter.persistence;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_parcel}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ParcelRows extends GenericRepository<ParcelRow, String> {

    ParcelRow save(ParcelRow row);

    Optional<ParcelRow> findById(String orderNo);
}
