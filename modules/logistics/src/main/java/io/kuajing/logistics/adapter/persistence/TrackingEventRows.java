package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code logistics_tracking_event}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TrackingEventRows extends GenericRepository<TrackingEventRow, Long> {

    /** Scans in time order, those of the same instant in the order they were stored. */
    List<TrackingEventRow> findByShipmentIdOrderByOccurredAtAndId(String shipmentId);

    /** The scans of several shipments, each's in the order of {@link #findByShipmentIdOrderByOccurredAtAndId}. */
    List<TrackingEventRow> findByShipmentIdInOrderByOccurredAtAndId(List<String> shipmentIds);

    /** INSERT IGNORE against the unique key: a replayed scan (same instant, same raw status) is silently kept once. */
    @Query("INSERT IGNORE INTO logistics_tracking_event (shipment_id, occurred_at, checkpoint, reason, raw_status, location, description) "
            + "VALUES (:shipmentId, :occurredAt, :checkpoint, :reason, :rawStatus, :location, :description)")
    void insertUnlessReplayed(String shipmentId, LocalDateTime occurredAt, String checkpoint, @Nullable String reason,
                              String rawStatus, @Nullable String location, @Nullable String description);
}
