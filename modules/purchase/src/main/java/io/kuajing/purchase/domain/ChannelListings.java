package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.Repository;

/**
 * What each sales channel was last told of a product: one listing per channel and SKU, in one fulfilment mode —
 * the mode the channel's orders for it are placed in — at the landed price the storefront shows.
 */
@Repository
public interface ChannelListings {

    /** Records the listing, replacing the channel's earlier one of the SKU. */
    void save(ChannelListing listing);

    Optional<ChannelListing> find(String channel, Sku sku);

    record ChannelListing(String channel, Sku sku, FulfilmentMode mode, String title, Money price, int stock,
                          String externalRef, Instant listedAt, String listedBy) {
    }
}
