package io.kuajing.export.adapter.marketplace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.SalesChannels;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SalesChannels} over the loaded CHANNEL marketplace plugins. Pages of orders are read to the end (bounded,
 * so a plugin that never stops paging cannot hold a request forever) and repeats dropped by order id, the newest
 * kept, as the SPI asks of the host.
 */
@Singleton
class PluginSalesChannels implements SalesChannels {

    /** At most this many pages in one pull: 100 orders a page on amazon.com, far above a window's orders. */
    private static final int MAX_PAGES = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PluginSalesChannels.class);

    private final Extensions extensions;

    PluginSalesChannels(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public boolean knows(String marketplace) {
        return channel(marketplace).isPresent();
    }

    @Override
    public Answer publish(String marketplace, ChannelListing l) {
        Listing listing = new Listing(l.sku().value(), l.title(), null, l.language(), null, price(l.price()), l.stock(),
                Map.of(), l.weightKg());
        return answer(call(marketplace, plugin -> plugin.upsertListing(listing)));
    }

    @Override
    public Answer pushPriceStock(String marketplace, Sku sku, Money price, Integer stock) {
        PriceStockUpdate update = new PriceStockUpdate(sku.value(), price == null ? null : price(price), stock);
        return answer(call(marketplace, plugin -> plugin.pushPriceStock(List.of(update)).get(0)));
    }

    @Override
    public Orders orders(String marketplace, Instant since, Instant until) {
        List<ChannelOrder> seen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String from = cursor;
            ChannelOrderPage page = call(marketplace, plugin -> plugin.channelOrders(new ChannelOrderQuery(since, until, from)));
            seen.addAll(page.orders());
            page.messages().forEach(m -> problems.add(problem(m)));
            cursor = page.nextCursor();
        } while (cursor != null && ++pages < MAX_PAGES);
        if (cursor != null) {
            problems.add(new Problem("pages-left", null, "more than " + MAX_PAGES + " pages: pull a shorter window"));
        }
        return new Orders(ChannelOrderPage.distinct(seen).stream().map(PluginSalesChannels::order).toList(), problems);
    }

    @Override
    public Answer confirmShipment(String marketplace, String marketplaceOrderId, String carrier, String trackingNumber,
                                  Instant shippedAt) {
        ShipmentConfirmation confirmation = new ShipmentConfirmation(marketplaceOrderId, carrier, trackingNumber, shippedAt);
        return answer(call(marketplace, plugin -> plugin.confirmShipment(confirmation)));
    }

    private Optional<MarketplacePlugin> channel(String marketplace) {
        return extensions.all(MarketplacePlugin.class).stream()
                .filter(p -> p.descriptor().id().equals(marketplace) && p.profile().has(MarketplaceRole.CHANNEL))
                .findFirst();
    }

    private <T> T call(String marketplace, Function<MarketplacePlugin, T> operation) {
        MarketplacePlugin plugin = channel(marketplace).orElseThrow(() ->
                new IllegalArgumentException("no sales channel " + marketplace));
        try {
            return operation.apply(plugin);
        } catch (RuntimeException e) {
            // The operator reads the cause here; the answer carries only its type (the text may hold URLs or answers).
            LOG.warn("sales channel {} failed", marketplace, e);
            throw new PartnerUnavailable("marketplace", marketplace + " did not answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Answer answer(ItemResult result) {
        return new Answer(result.outcome() != ItemResult.Outcome.REJECTED,
                result.messages().stream().filter(m -> m.level() == Message.Level.ERROR).map(PluginSalesChannels::problem).toList());
    }

    private static Problem problem(Message m) {
        return new Problem(m.code(), m.ref(), m.text());
    }

    private static Price price(Money money) {
        return new Price(money.amount(), money.currency().getCurrencyCode());
    }

    private static MarketplaceOrder order(ChannelOrder o) {
        ExportMode mode = o.fulfilment() == null ? null
                : o.fulfilment() == ChannelOrder.Fulfilment.CHANNEL ? ExportMode.WAREHOUSE_9810 : ExportMode.DIRECT_9610;
        return new MarketplaceOrder(o.externalId(), o.placedAt(), o.status(), o.shipTo(), mode,
                Currency.getInstance(o.total().currency()), o.lines().stream()
                .map(l -> new MarketplaceOrder.Line(l.sku(), l.quantity(), l.unitPrice().amount())).toList(),
                buyer(o.delivery()));
    }

    private static MarketplaceOrder.Buyer buyer(ChannelOrder.Delivery d) {
        return d == null ? null : new MarketplaceOrder.Buyer(d.name(), d.phone(),
                d.address(), d.city(), d.province(), d.postalCode());
    }
}
