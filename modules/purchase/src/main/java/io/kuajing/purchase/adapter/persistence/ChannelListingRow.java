package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.ChannelListings.ChannelListing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_channel_listing}: what a channel was last told of a SKU, the price in CNY. Keyed by
 * (channel, sku); no {@code @Id}, since only native statements touch it.
 */
@MappedEntity("purchase_channel_listing")
record ChannelListingRow(String channel, String sku, String mode, String title, BigDecimal price, int stock,
                         @Nullable String externalRef, LocalDateTime listedAt, String listedBy) {

    ChannelListing listing() {
        return new ChannelListing(channel, new Sku(sku), FulfilmentMode.valueOf(mode), title,
                new Money(price, Money.CNY), stock, externalRef, UtcTime.instant(listedAt), listedBy);
    }
}
