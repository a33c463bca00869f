package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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

    /**
     * The order's signed messages not handed over yet, read without a lock: {@link #lockUndelivered} locks them by guid.
     * Those waiting for an envelope (with a sender) are {@link #waitingForEnvelopeOf}'s.
     */
    @Query("""
            SELECT guid FROM customs_message
            WHERE order_no = :orderNo AND delivered_at IS NULL AND parked_reason IS NULL AND sender IS NULL""")
    List<String> undeliveredOf(String orderNo);

    /** The order's messages waiting for an envelope, without a lock, by type: CEB311, 411, 511, 621, as they must go. */
    @Query("""
            SELECT guid FROM customs_message
            WHERE order_no = :orderNo AND delivered_at IS NULL AND parked_reason IS NULL AND sender IS NOT NULL
            ORDER BY message_type""")
    List<String> waitingForEnvelopeOf(String orderNo);

    /** The message, locked (waiting for whoever holds it), unless it went or was parked meanwhile. */
    @Query("""
            SELECT * FROM customs_message WHERE guid = :guid AND delivered_at IS NULL AND parked_reason IS NULL
            AND sender IS NOT NULL FOR UPDATE""")
    Optional<MessageRow> lockWaiting(String guid);

    /** The oldest messages of a kind and sender waiting for an envelope, without a lock (ix_customs_message_envelope). */
    @Query("""
            SELECT guid FROM customs_message
            WHERE message_type = :type AND sender = :sender AND delivered_at IS NULL AND parked_reason IS NULL
            ORDER BY sent_at, guid LIMIT :max""")
    List<String> oldestWaiting(String type, String sender, int max);

    /** As {@link #oldestWaiting}, for inventory lists whose order's three documents went. */
    @Query("""
            SELECT m.guid FROM customs_message m
            WHERE m.message_type = 'CEB621' AND m.sender = :sender AND m.delivered_at IS NULL AND m.parked_reason IS NULL
            AND NOT EXISTS (SELECT 1 FROM customs_message d WHERE d.order_no = m.order_no
                            AND d.message_type IN ('CEB311', 'CEB411', 'CEB511') AND d.delivered_at IS NULL)
            ORDER BY m.sent_at, m.guid LIMIT :max""")
    List<String> oldestListsWhoseDocumentsWent(String sender, int max);

    /**
     * The message, locked, if it still waits and nobody holds it. By one key: a list of up to 100 keys is read as a
     * scan of the table while it is small (ADR 0046), and a scan at REPEATABLE READ locks the gaps declaring
     * transactions insert into.
     */
    @Query("""
            SELECT * FROM customs_message WHERE guid = :guid AND delivered_at IS NULL AND parked_reason IS NULL
            FOR UPDATE SKIP LOCKED""")
    Optional<MessageRow> lockIfUnheld(String guid);

    /**
     * Those of the messages still not handed over, locked, in the order they are sent. A declaration's four messages
     * are kept in one transaction (one sent_at): their types sort as they must be sent (CEB311, 411, 511, then 621),
     * and a later cancellation or return comes later still.
     */
    @Query("""
            SELECT * FROM customs_message WHERE guid IN (:guids) AND delivered_at IS NULL AND parked_reason IS NULL
            ORDER BY sent_at, message_type FOR UPDATE""")
    List<MessageRow> lockUndelivered(List<String> guids);

    /** Messages sent alone: each is its own envelope. */
    @Query("UPDATE customs_message SET delivered_at = :at, envelope_guid = guid WHERE guid IN (:guids)")
    void delivered(List<String> guids, LocalDateTime at);

    @Query("UPDATE customs_message SET parked_reason = :reason WHERE guid = :guid")
    void park(String guid, String reason);

    @Query("SELECT * FROM customs_message WHERE parked_reason IS NOT NULL")
    List<MessageRow> parked();
}
