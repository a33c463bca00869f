package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_channel_listing}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ChannelListingRows extends GenericRepository<ChannelListingRow, Void> {

    /** One statement that records the listing or replaces the channel's earlier one of the SKU. */
    @Query("INSERT INTO purchase_channel_listing (channel, sku, mode, title, price, stock, external_ref, listed_at,"
            + " listed_by) VALUES (:channel, :sku, :mode, :title, :price, :stock, :externalRef, :listedAt, :listedBy)"
            + " ON DUPLICATE KEY UPDATE mode = VALUES(mode), title = VALUES(title), price = VALUES(price),"
            + " stock = VALUES(stock), external_ref = VALUES(external_ref), listed_at = VALUES(listed_at),"
            + " listed_by = VALUES(listed_by)")
    void put(String channel, String sku, String mode, String title, BigDecimal price, int stock,
             @Nullable String externalRef, LocalDateTime listedAt, String listedBy);

    @Query("SELECT * FROM purchase_channel_listing WHERE channel = :channel AND sku = :sku")
    Optional<ChannelListingRow> find(String channel, String sku);
}
