package io.kuajing.purchase.adapter.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import io.kuajing.purchase.domain.SalesChannel;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SalesChannel} over the loaded CHANNEL marketplace plugins. Listings go out in zh-CN; pages of trades are
 * read to the end (bounded) and repeats dropped by trade id, the newest kept, as the SPI asks of the host.
 */
@Singleton
class PluginSalesChannel implements SalesChannel {

    /** At most this many pages in one pull, so a plugin that never stops paging cannot hold a request forever. */
    private static final int MAX_PAGES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PluginSalesChannel.class);

    private final Extensions extensions;

    PluginSalesChannel(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public boolean knows(String channel) {
        return plugin(channel).isPresent();
    }

    @Override
    public Listed list(String channel, Listing listing) {
        var sent = new io.kuajing.plugin.marketplace.Listing(listing.sku().value(), listing.title(),
                listing.description(), "zh-CN", null, price(listing.price()), listing.stock(), Map.of());
        ItemResult result = call(channel, plugin -> plugin.upsertListing(sent));
        return new Listed(result.outcome() != ItemResult.Outcome.REJECTED, result.externalRef(),
                result.messages().stream().map(PluginSalesChannel::remark).toList());
    }

    @Override
    public Trades trades(String channel, Instant since, Instant until) {
        List<ChannelOrder> seen = new ArrayList<>();
        List<Remark> problems = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String from = cursor;
            ChannelOrderPage page = call(channel, plugin -> plugin.channelOrders(new ChannelOrderQuery(since, until, from)));
            seen.addAll(page.orders());
            page.messages().forEach(m -> problems.add(remark(m)));
            cursor = page.nextCursor();
        } while (cursor != null && ++pages < MAX_PAGES);
        if (cursor != null) {
            problems.add(new Remark("pages-left", true, "more than " + MAX_PAGES + " pages: pull a shorter window", null));
        }
        return new Trades(ChannelOrderPage.distinct(seen).stream().map(PluginSalesChannel::trade).toList(), problems);
    }

    @Override
    public Confirmed confirmShipment(String channel, String tradeId, String carrierId, String trackingNumber,
                                     Instant shippedAt) {
        ItemResult result = call(channel, plugin -> plugin.confirmShipment(
                new ShipmentConfirmation(tradeId, carrierId, trackingNumber, shippedAt)));
        return new Confirmed(result.outcome() != ItemResult.Outcome.REJECTED,
                result.messages().stream().map(PluginSalesChannel::remark).toList());
    }

    private Optional<MarketplacePlugin> plugin(String channel) {
        return extensions.all(MarketplacePlugin.class).stream()
                .filter(p -> p.descriptor().id().equals(channel) && p.profile().has(MarketplaceRole.CHANNEL))
                .findFirst();
    }

    private <T> T call(String channel, Function<MarketplacePlugin, T> operation) {
        MarketplacePlugin plugin = plugin(channel).orElseThrow(() -> new IllegalArgumentException("no sales channel " + channel));
        try {
            return operation.apply(plugin);
        } catch (RuntimeException e) {
            // The operator reads the cause here; the answer carries only its type (the text may hold URLs or answers).
            LOG.warn("sales channel {} failed", channel, e);
            throw new PartnerUnavailable("channel", channel + " did not answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Remark remark(Message m) {
        return new Remark(m.code(), m.level() == Message.Level.ERROR, m.text(), m.ref());
    }

    private static Price price(Money money) {
        return new Price(money.amount(), money.currency().getCurrencyCode());
    }

    private static Money money(Price price) {
        return Money.of(price.amount().toPlainString(), price.currency());
    }

    private static Trade trade(ChannelOrder o) {
        ChannelOrder.Buyer b = o.buyer();
        ChannelOrder.Delivery d = o.delivery();
        ChannelOrder.Payment p = o.payment();
        return new Trade(o.externalId(), o.status(),
                o.lines().stream().map(l -> new Line(l.sku(), l.quantity(), money(l.unitPrice()))).toList(),
                money(o.total()),
                b == null ? null : new Buyer(b.realName(), b.idNumber(), b.phone()),
                d == null ? null : new Delivery(d.name(), d.phone(), d.province(), d.city(), d.district(), d.address()),
                p == null ? null : new Payment(p.companyCode(), p.companyName(), p.transactionId(), money(p.paid()),
                        p.paidAt()));
    }
}
