package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code logistics_customs_release}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CustomsReleaseRows extends GenericRepository<CustomsReleaseRow, String> {

    boolean existsById(String orderId);

    /** Those of the orders whose goods customs released. */
    List<String> findOrderIdByOrderIdIn(List<String> orderIds);

    /** A repeated notice keeps the first release time. */
    @Query("INSERT IGNORE INTO logistics_customs_release (order_id, released_at) VALUES (:orderId, :releasedAt)")
    void insertUnlessKnown(String orderId, LocalDateTime releasedAt);
}
