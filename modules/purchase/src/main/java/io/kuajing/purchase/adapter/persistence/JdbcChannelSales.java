package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ChannelSales;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Orders taken from channels' trades, in purchase_channel_order (keyed by channel and trade id). */
@Singleton
class JdbcChannelSales implements ChannelSales {

    private static final String COLUMNS = "channel, channel_order_id, order_no, pay_company_code, pay_company_name, taken_at";

    private final TransactionOperations<Connection> transactions;

    JdbcChannelSales(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ChannelSale> ofTrade(String channel, String channelOrderId) {
        return one("SELECT " + COLUMNS + " FROM purchase_channel_order WHERE channel = ? AND channel_order_id = ?",
                channel, channelOrderId);
    }

    @Override
    public Optional<ChannelSale> ofOrder(OrderNumber orderNo) {
        return one("SELECT " + COLUMNS + " FROM purchase_channel_order WHERE order_no = ?", orderNo.value());
    }

    @Override
    public void add(ChannelSale sale) {
        try (PreparedStatement insert = transactions.getConnection().prepareStatement(
                "INSERT INTO purchase_channel_order (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, sale.channel());
            insert.setString(2, sale.channelOrderId());
            insert.setString(3, sale.orderNo().value());
            insert.setString(4, sale.payCompanyCode());
            insert.setString(5, sale.payCompanyName());
            insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.ofInstant(sale.takenAt(), ZoneOffset.UTC)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the channel's trade " + sale.channelOrderId(), e);
        }
    }

    @Override
    public boolean shipmentConfirmed(OrderNumber orderNo) {
        try (PreparedStatement select = transactions.getConnection().prepareStatement(
                "SELECT shipment_confirmed_at FROM purchase_channel_order WHERE order_no = ?")) {
            select.setString(1, orderNo.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the channel's trades", e);
        }
    }

    @Override
    public boolean shipmentConfirmed(OrderNumber orderNo, String carrierId, String trackingNumber, Instant confirmedAt) {
        try (PreparedStatement update = transactions.getConnection().prepareStatement(
                "UPDATE purchase_channel_order SET shipped_carrier = ?, shipped_tracking = ?, shipment_confirmed_at = ?"
                        + " WHERE order_no = ? AND shipment_confirmed_at IS NULL")) {
            update.setString(1, carrierId);
            update.setString(2, trackingNumber);
            update.setTimestamp(3, Timestamp.valueOf(LocalDateTime.ofInstant(confirmedAt, ZoneOffset.UTC)));
            update.setString(4, orderNo.value());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the shipment confirmed for " + orderNo.value(), e);
        }
    }

    private Optional<ChannelSale> one(String sql, String... parameters) {
        try (PreparedStatement select = transactions.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new ChannelSale(rs.getString(1), rs.getString(2),
                        new OrderNumber(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the channel's trades", e);
        }
    }
}
