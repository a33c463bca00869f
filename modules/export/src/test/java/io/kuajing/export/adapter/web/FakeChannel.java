package io.kuajing.export.adapter.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;

/**
 * A sales channel in export's own tests: sells in USD only (another currency is refused as a marketplace refuses
 * it), goes down for SKUs starting with DOWN, hands out the orders a test gives it one per page, remembers what it
 * was told. The real US plugin against the simulated Selling Partner API runs in the app's ExportJourneyTest.
 */
final class FakeChannel implements MarketplacePlugin {

    static final String ID = "test-channel";

    final Map<String, Listing> listings = new ConcurrentHashMap<>();
    final List<PriceStockUpdate> updates = new CopyOnWriteArrayList<>();
    final List<ShipmentConfirmation> confirmations = new CopyOnWriteArrayList<>();
    final List<ChannelOrder> orders = new CopyOnWriteArrayList<>();

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "test channel", "1.0.0", SpiVersion.CURRENT, EnumSet.of(Capability.LISTINGS,
                Capability.PRICE_STOCK, Capability.CHANNEL_ORDERS, Capability.SHIPMENT_CONFIRMATION));
    }

    @Override
    public MarketplaceProfile profile() {
        return new MarketplaceProfile(Set.of(MarketplaceRole.CHANNEL), List.of("channel.test"), Map.of("postal-ems", "POST"));
    }

    @Override
    public void start(PluginContext context) {
    }

    @Override
    public ItemResult upsertListing(Listing listing) {
        if (listing.sku().startsWith("DOWN")) {
            throw new IllegalStateException("channel down");
        }
        if (!listing.price().currency().equals("USD")) {
            return new ItemResult(listing.sku(), ItemResult.Outcome.REJECTED, null,
                    List.of(Message.error("currency-not-usd", listing.sku(), "this channel sells in USD")));
        }
        listings.put(listing.sku(), listing);
        return new ItemResult(listing.sku(), ItemResult.Outcome.UPDATED, null, List.of());
    }

    @Override
    public List<ItemResult> pushPriceStock(List<PriceStockUpdate> updates) {
        this.updates.addAll(updates);
        return updates.stream().map(u -> new ItemResult(u.sku(), ItemResult.Outcome.UPDATED, null, List.of())).toList();
    }

    @Override
    public ChannelOrderPage channelOrders(ChannelOrderQuery query) {
        int at = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
        List<ChannelOrder> page = new ArrayList<>(orders.subList(Math.min(at, orders.size()), Math.min(at + 1, orders.size())));
        return new ChannelOrderPage(page, List.of(), at + 1 < orders.size() ? Integer.toString(at + 1) : null);
    }

    @Override
    public ItemResult confirmShipment(ShipmentConfirmation confirmation) {
        confirmations.add(confirmation);
        return new ItemResult(confirmation.externalOrderId(), ItemResult.Outcome.UPDATED, null, List.of());
    }
}
