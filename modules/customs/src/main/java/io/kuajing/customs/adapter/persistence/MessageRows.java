package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_message}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MessageRows extends GenericRepository<MessageRow, String> {

    /** An INSERT: a message's guid is new by construction. */
    MessageRow save(MessageRow row);

    // One change queues several messages at one instant (CEB311, 411, 511, 621): their numbers give the order.
    @Query("SELECT * FROM customs_message WHERE order_no = :orderNo ORDER BY sent_at, message_type")
    List<MessageRow> of(String orderNo);

    /** The order's messages not handed over yet, read without a lock: {@link #lockUndelivered} locks them by guid. */
    @Query("SELECT guid FROM customs_message WHERE order_no = :orderNo AND delivered_at IS NULL AND parked_reason IS NULL")
    List<String> undeliveredOf(String orderNo);

    /**
     * Those of the messages still not handed over, locked, in the order they are sent. A declaration's four messages
     * are kept in one transaction (one sent_at): their types sort as they must be sent (CEB311, 411, 511, then 621),
     * and a later cancellation or return comes later still.
     */
    @Query("""
            SELECT * FROM customs_message WHERE guid IN (:guids) AND delivered_at IS NULL AND parked_reason IS NULL
            ORDER BY sent_at, message_type FOR UPDATE""")
    List<MessageRow> lockUndelivered(List<String> guids);

    @Query("UPDATE customs_message SET delivered_at = :at WHERE guid IN (:guids)")
    void delivered(List<String> guids, LocalDateTime at);

    @Query("SELECT * FROM customs_message WHERE parked_reason IS NOT NULL")
    List<MessageRow> parked();
}
