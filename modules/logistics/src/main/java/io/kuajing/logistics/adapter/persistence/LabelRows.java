package io.kuajing.logistics.adapter.persistence;

import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code logistics_label}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LabelRows extends GenericRepository<LabelRow, String> {

    Optional<LabelRow> findById(String shipmentId);

    /** Storing a shipment's label again replaces the one kept. */
    @Query("INSERT INTO logistics_label (shipment_id, format, content) VALUES (:shipmentId, :format, :content) "
            + "ON DUPLICATE KEY UPDATE format = VALUES(format), content = VALUES(content)")
    void upsert(String shipmentId, String format, byte[] content);
}
