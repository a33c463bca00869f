package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_channel_order}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ChannelOrderRows extends GenericRepository<ChannelOrderRow, Void> {

    @Query("SELECT * FROM purchase_channel_order WHERE channel = :channel AND channel_order_id = :channelOrderId")
    Optional<ChannelOrderRow> ofTrade(String channel, String channelOrderId);

    @Query("SELECT * FROM purchase_channel_order WHERE order_no = :orderNo")
    Optional<ChannelOrderRow> ofOrder(String orderNo);

    /** A plain INSERT: the key refuses a second order of the same trade. */
    @Query("INSERT INTO purchase_channel_order (channel, channel_order_id, order_no, pay_company_code,"
            + " pay_company_name, taken_at)"
            + " VALUES (:channel, :channelOrderId, :orderNo, :payCompanyCode, :payCompanyName, :takenAt)")
    void insert(String channel, String channelOrderId, String orderNo, String payCompanyCode, String payCompanyName,
                LocalDateTime takenAt);

    /** Once: the row count says whether this confirmation was the first. */
    @Query("UPDATE purchase_channel_order SET shipped_carrier = :carrier, shipped_tracking = :tracking,"
            + " shipment_confirmed_at = :confirmedAt WHERE order_no = :orderNo AND shipment_confirmed_at IS NULL")
    int confirmShipment(String orderNo, String carrier, String tracking, LocalDateTime confirmedAt);
}
