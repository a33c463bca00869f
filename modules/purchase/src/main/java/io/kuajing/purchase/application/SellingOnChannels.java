package io.kuajing.purchase.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.catalog.Catalog;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.DivisionCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.kuajing.purchase.ChannelStore;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.OrderPaid;
import io.kuajing.purchase.domain.ChannelListings;
import io.kuajing.purchase.domain.ChannelListings.ChannelListing;
import io.kuajing.purchase.domain.ChannelSales;
import io.kuajing.purchase.domain.ChannelSales.ChannelSale;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.Orders;
import io.kuajing.purchase.domain.Payment;
import io.kuajing.purchase.domain.SalesChannel;
import jakarta.inject.Singleton;

/**
 * Kuajing's store on Chinese sales channels. Listing prices the product as the shop does (landed, in one mode) and
 * tells the channel outside any transaction, then records what it accepted. Pulling takes each paid trade as a
 * checkout of the channel's buyer — the trade's id as the idempotency key, each line in the mode its SKU is listed
 * in, the freight the listed price held — and records the channel's payment on the order in the same transaction,
 * so a refused trade leaves nothing behind.
 */
@Singleton
class SellingOnChannels implements ChannelStore {

    private static final Duration MAX_WINDOW = Duration.ofDays(31);
    private static final int MAX_STOCK = 999_999;

    private final SalesChannel channels;
    private final Catalog catalog;
    private final ChannelListings listings;
    private final ChannelSales sales;
    private final PlacingOrders placing;
    private final Orders orders;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    SellingOnChannels(SalesChannel channels, Catalog catalog, ChannelListings listings, ChannelSales sales,
                      PlacingOrders placing, Orders orders, Outbox outbox, Transactions transactions, Clock clock) {
        this.channels = channels;
        this.catalog = catalog;
        this.listings = listings;
        this.sales = sales;
        this.placing = placing;
        this.orders = orders;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ChannelListingView list(String channel, String rawSku, String mode, Integer stock, String operator) {
        knownChannel(channel);
        Sku sku = ProductChoice.sku(rawSku, "");
        if (stock == null || stock < 0 || stock > MAX_STOCK) {
            throw new RuleViolation("stock", "stock-range", "stock is 0 to " + MAX_STOCK);
        }
        LocalDate today = ChinaTime.today(clock);
        ProductSnapshot product = ProductChoice.product(catalog, sku, today, "");
        // The storefront shows the reviewed Chinese title, the one customs is told.
        ProductChoice.declarable(product, "");
        LandedPrice price = ProductChoice.price(product, ProductChoice.mode(mode, ""), "");
        if (price.mode().isCrossBorder() && product.hsCode() == null) {
            throw new RuleViolation("mode", "positive-list", sku + " has no HS code: general trade only");
        }
        SalesChannel.Listed listed = channels.list(channel, new SalesChannel.Listing(sku, product.title(),
                product.description(), price.total(), stock));
        if (!listed.accepted()) {
            SalesChannel.Remark why = listed.remarks().stream().filter(SalesChannel.Remark::refused).findFirst()
                    .orElse(new SalesChannel.Remark("channel-refused", true, channel + " refused the listing", null));
            throw new RuleViolation("channel", why.code(), why.text());
        }
        ChannelListing recorded = new ChannelListing(channel, sku, price.mode(), product.title(), price.total(), stock,
                listed.externalRef(), clock.instant().truncatedTo(ChronoUnit.MICROS), operator);
        transactions.write(() -> {
            listings.save(recorded);
            return null;
        });
        return new ChannelListingView(channel, sku.value(), price.mode().name(), product.title(),
                price.total().amount(), price.total().currency().getCurrencyCode(), stock, listed.externalRef(),
                listed.remarks().stream().filter(r -> !r.refused()).map(r -> r.code() + ": " + r.text()).toList(),
                recorded.listedAt());
    }

    @Override
    public ChannelPull pull(String channel, Instant since, Instant until) {
        knownChannel(channel);
        Instant end = until == null ? clock.instant() : until;
        if (since == null || !since.isBefore(end)) {
            throw new RuleViolation("since", "window", "since (ISO-8601 instant) is required and before until");
        }
        if (Duration.between(since, end).compareTo(MAX_WINDOW) > 0) {
            throw new RuleViolation("since", "window-length", "a pull reads at most " + MAX_WINDOW.toDays() + " days");
        }
        SalesChannel.Trades pulled = channels.trades(channel, since, end);
        List<Taken> taken = new ArrayList<>();
        List<Taken> known = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        pulled.problems().forEach(p -> skipped.add(new Skipped(p.ref(), "channel", p.code(), p.text())));
        for (SalesChannel.Trade trade : pulled.trades()) {
            var earlier = transactions.read(() -> sales.ofTrade(channel, trade.id()));
            if (earlier.isPresent()) {
                known.add(new Taken(trade.id(), earlier.get().orderNo().value()));
                continue;
            }
            try {
                taken.add(new Taken(trade.id(), take(channel, trade)));
            } catch (RuleViolation refused) {
                skipped.add(new Skipped(trade.id(), refused.field(), refused.rule(), refused.getMessage()));
            }
        }
        return new ChannelPull(channel, since, end, taken, known, skipped);
    }

    /** The trade placed and paid as one import order; its number. */
    private String take(String channel, SalesChannel.Trade trade) {
        SalesChannel.Payment payment = trade.payment();
        if (payment == null) {
            throw new RuleViolation("payment", "paid", "the trade is " + trade.status() + ", not paid");
        }
        if (!payment.paid().currency().equals(Money.CNY)) {
            throw new RuleViolation("payment.paid", "currency-cny", "a Chinese channel's trade is paid in CNY");
        }
        SalesChannel.Buyer buyer = trade.buyer();
        if (buyer == null) {
            throw new RuleViolation("buyer", "required", "the channel did not say who bought: customs needs the"
                    + " buyer's real name, ID number and mobile");
        }
        if (payment.companyCode() == null || payment.transactionId() == null) {
            throw new RuleViolation("payment.companyCode", "required",
                    "customs needs the payment company's code and the transaction number");
        }
        CheckoutResult placed = placing.placeSold(command(channel, trade), sold -> {
            if (sold.size() != 1) {
                throw new RuleViolation("lines", "one-order", "the trade's lines ship in different modes or from"
                        + " different warehouses: one trade is one import order, list them as separate items");
            }
            Order order = sold.get(0);
            order.pay(new Payment(payment.transactionId(), buyer.realName(), ChineseIdNumber.of(buyer.idNumber()),
                    payment.paid(), payment.paidAt().truncatedTo(ChronoUnit.MICROS)));
            orders.update(order);
            sales.add(new ChannelSale(channel, trade.id(), order.number(), payment.companyCode(),
                    payment.companyName() == null ? payment.companyCode() : payment.companyName(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
            outbox.publish(new OrderPaid(order.number().value(), order.mode().name(), order.warehouse(),
                    order.total().amount(), payment.transactionId()));
        });
        if (placed.replayed()) {
            throw new RuleViolation("channelOrderId", "taken-once", "trade " + trade.id() + " was taken meanwhile");
        }
        return placed.orders().get(0).orderNo();
    }

    /** The trade as a checkout of the channel's buyer: the channel is the owner, the trade's id the key. */
    private CheckoutCommand command(String channel, SalesChannel.Trade trade) {
        List<CheckoutCommand.Line> lines = new ArrayList<>();
        for (int i = 0; i < trade.lines().size(); i++) {
            SalesChannel.Line line = trade.lines().get(i);
            String field = "lines[" + i + "].";
            Sku sku = ProductChoice.sku(line.sku(), field);
            ChannelListing listing = transactions.read(() -> listings.find(channel, sku)).orElseThrow(() ->
                    new RuleViolation(field + "sku", "listed-on-channel", sku + " is not listed on " + channel));
            lines.add(new CheckoutCommand.Line(sku.value(), line.quantity(), listing.mode().name()));
        }
        SalesChannel.Buyer b = trade.buyer();
        CheckoutCommand.BuyerDetails buyer = new CheckoutCommand.BuyerDetails(b.realName(), b.idNumber(), b.phone());
        SalesChannel.Delivery d = trade.delivery();
        if (d == null) {
            throw new RuleViolation("delivery", "required", "the trade has no delivery address");
        }
        String division = DivisionCode.named(d.province(), d.city(), d.district()).map(DivisionCode::value)
                .orElseThrow(() -> new RuleViolation("delivery.district", "division-known", "no single county is named "
                        + d.province() + " " + d.city() + " " + d.district() + " in the national list"));
        return new CheckoutCommand(channel, trade.id(), lines, buyer,
                new CheckoutCommand.ConsigneeDetails(d.name(), d.phone(), division, d.address()));
    }

    private void knownChannel(String channel) {
        if (channel == null || !channels.knows(channel)) {
            throw new RuleViolation("channel", "sales-channel", "no sales channel " + channel + " is loaded");
        }
    }
}
