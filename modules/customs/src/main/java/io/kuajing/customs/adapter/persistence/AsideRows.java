package io.kuajing.customs.adapter.persistence;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_receipt_aside}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AsideRows extends GenericRepository<AsideRow, Long> {

    AsideRow save(AsideRow row);

    @Query("SELECT * FROM customs_receipt_aside ORDER BY set_aside_at, id")
    List<AsideRow> inOrder();
}
