package io.kuajing.purchase.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.purchase.domain.SalesChannel;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * A sales channel as the plugin bridge would answer for one storefront, {@value #ID}: it keeps what it was listed
 * and answers the trades a test put on it (no plugin, no HTTP: the plugin is tested against the simulated
 * storefront, the whole way in the app's journey).
 */
@Singleton
@Replaces(SalesChannel.class)
@Requires(env = "test")
class ShelfChannel implements SalesChannel {

    static final String ID = "shelf-mall";

    final Map<String, Listing> listed = new LinkedHashMap<>();
    final List<Trade> trades = new ArrayList<>();
    /** The shipments confirmed: trade id, carrier and tracking number, in the order they came. */
    final List<List<String>> shipped = new ArrayList<>();
    /** While set, the storefront does not answer. */
    volatile boolean unreachable;

    @Override
    public boolean knows(String channel) {
        return ID.equals(channel);
    }

    @Override
    public synchronized Listed list(String channel, Listing listing) {
        if (listing.stock() == 0) {
            return new Listed(false, null, List.of(new Remark("channel-refused", true, "isv.invalid-parameter:num", listing.sku().value())));
        }
        listed.put(listing.sku().value(), listing);
        return new Listed(true, "item-" + listing.sku().value(), List.of());
    }

    @Override
    public synchronized Trades trades(String channel, Instant since, Instant until) {
        return new Trades(List.copyOf(trades), List.of());
    }

    @Override
    public synchronized Confirmed confirmShipment(String channel, String tradeId, String carrierId, String trackingNumber,
                                                  Instant shippedAt) {
        if (unreachable) {
            throw new PartnerUnavailable("channel", ID + " did not answer (SocketTimeoutException)");
        }
        shipped.add(List.of(tradeId, carrierId, trackingNumber));
        return new Confirmed(true, List.of());
    }
}
