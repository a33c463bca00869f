package io.kuajing.purchase.adapter.persistence;

import java.util.Optional;

import io.kuajing.kernel.Sku;
import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.ChannelListings;
import jakarta.inject.Singleton;

/** Channel listings in purchase_channel_listing, one row per (channel, sku), replaced by each new listing. */
@Singleton
class JdbcChannelListings implements ChannelListings {

    private final ChannelListingRows rows;

    JdbcChannelListings(ChannelListingRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(ChannelListing l) {
        rows.put(l.channel(), l.sku().value(), l.mode().name(), l.title(), l.price().amount(), l.stock(),
                l.externalRef(), UtcTime.of(l.listedAt()), l.listedBy());
    }

    @Override
    public Optional<ChannelListing> find(String channel, Sku sku) {
        return rows.find(channel, sku.value()).map(ChannelListingRow::listing);
    }
}
