package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.domain.ChannelListings;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Channel listings in purchase_channel_listing, one row per (channel, sku), replaced by each new listing. */
@Singleton
class JdbcChannelListings implements ChannelListings {

    private final TransactionOperations<Connection> transactions;

    JdbcChannelListings(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(ChannelListing l) {
        try (PreparedStatement upsert = transactions.getConnection().prepareStatement("""
                INSERT INTO purchase_channel_listing (channel, sku, mode, title, price, stock, external_ref, listed_at,
                                                      listed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE mode = VALUES(mode), title = VALUES(title), price = VALUES(price),
                    stock = VALUES(stock), external_ref = VALUES(external_ref), listed_at = VALUES(listed_at),
                    listed_by = VALUES(listed_by)""")) {
            upsert.setString(1, l.channel());
            upsert.setString(2, l.sku().value());
            upsert.setString(3, l.mode().name());
            upsert.setString(4, l.title());
            upsert.setBigDecimal(5, l.price().amount());
            upsert.setInt(6, l.stock());
            upsert.setString(7, l.externalRef());
            upsert.setTimestamp(8, Timestamp.valueOf(LocalDateTime.ofInstant(l.listedAt(), ZoneOffset.UTC)));
            upsert.setString(9, l.listedBy());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the channel listing", e);
        }
    }

    @Override
    public Optional<ChannelListing> find(String channel, Sku sku) {
        try (PreparedStatement select = transactions.getConnection().prepareStatement("""
                SELECT mode, title, price, stock, external_ref, listed_at, listed_by FROM purchase_channel_listing
                WHERE channel = ? AND sku = ?""")) {
            select.setString(1, channel);
            select.setString(2, sku.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new ChannelListing(channel, sku, FulfilmentMode.valueOf(rs.getString(1)),
                        rs.getString(2), new Money(rs.getBigDecimal(3), Money.CNY), rs.getInt(4), rs.getString(5),
                        rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(7)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the channel listing", e);
        }
    }
}
