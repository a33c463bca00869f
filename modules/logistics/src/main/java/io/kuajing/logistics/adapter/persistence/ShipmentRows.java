package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.domain.Collection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code logistics_shipment}, on the caller's transaction. The worker's queue statements are native SQL: MySQL's
 * {@code SKIP LOCKED} and the guarded nudge have no generated form.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ShipmentRows extends GenericRepository<ShipmentRow, String> {

    List<ShipmentRow> findByOrderIdOrderByLegNumber(String orderId);

    /** Reads the row and locks it until the transaction ends. */
    Optional<ShipmentRow> findByIdForUpdate(String id);

    List<ShipmentRow> findByIdIn(List<String> ids);

    /** Reads the rows and locks them until the transaction ends, in primary-key order as InnoDB walks them. */
    List<ShipmentRow> findByIdInForUpdate(List<String> ids);

    Optional<ShipmentRow> findByCarrierIdAndWaybillNumber(String carrierId, String waybillNumber);

    List<String> findIdByOrderId(String orderId);

    void insert(ShipmentRow row);

    /** What working on a shipment changes; the rest of the row is fixed when it is planned. */
    void update(@Id String id, ShipmentStatus status, @Nullable String carrierId, @Nullable String serviceCode,
                @Nullable String waybillNumber, int bookingAttempts, @Nullable LocalDateTime nextWorkAt, Collection collection,
                LocalDateTime updatedAt);

    // No ORDER BY: InnoDB walks the next_work_at index and locks only the rows it returns.
    @Query("SELECT id FROM logistics_shipment WHERE next_work_at <= :now LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<String> lockDue(LocalDateTime now, int limit);

    @Query("UPDATE logistics_shipment SET next_work_at = :leaseUntil WHERE id IN (:ids)")
    void lease(List<String> ids, LocalDateTime leaseUntil);

    /** Makes a waiting leg due at {@code now}, unless it is due before {@code leasedUntilAtMost} already (maybe leased). */
    @Query("UPDATE logistics_shipment SET next_work_at = :now WHERE id = :id AND (status = 'PLANNED' OR collection = 'ON_RELEASE') "
            + "AND (next_work_at IS NULL OR next_work_at > :leasedUntilAtMost)")
    void nudge(String id, LocalDateTime now, LocalDateTime leasedUntilAtMost);
}
