package io.kuajing.export.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kuajing.export.ExportOrderView;
import io.kuajing.export.GlobalSelling;
import io.kuajing.export.IncomingOrder;
import io.kuajing.export.MarketplaceSelling;
import io.kuajing.export.PushView;
import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.ExportParcels;
import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.MarketplacePush;
import io.kuajing.export.domain.MarketplacePushes;
import io.kuajing.export.domain.PriceConversion;
import io.kuajing.export.domain.SalesChannels;
import io.kuajing.export.domain.SalesChannels.MarketplaceOrder;
import io.kuajing.export.domain.SettlementRates;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * The MarketplaceSelling facade. A marketplace is called outside any database transaction (no row lock waits on the
 * network); what it accepted is then recorded in one. Pulled orders go through {@link GlobalSelling#receive}, the
 * same checks and the same one-order-per-marketplace-order key as an order an operator posts.
 */
@Singleton
class SellingOnMarketplaces implements MarketplaceSelling {

    /** The language of what is published: the vendor's Chinese source text (ADR 0030). */
    static final String LANGUAGE = "zh-CN";
    /** A pull reads at most a month: a longer backlog is pulled window by window. */
    private static final Duration MAX_WINDOW = Duration.ofDays(31);
    private static final int MAX_STOCK = 1_000_000;
    /**
     * Status words that are not a sale yet or no more (payment not authorized, cancelled, cannot be fulfilled).
     * The SPI keeps the marketplace's own word, so the words of the reference marketplaces are listed here.
     */
    private static final Set<String> NOT_SOLD = Set.of("pending", "canceled", "cancelled", "unfulfillable",
            "pendingavailability", "invoiceunconfirmed");

    private final Vendors vendors;
    private final Listings listings;
    private final ExportOrders orders;
    private final MarketplacePushes pushes;
    private final ExportParcels parcels;
    private final SalesChannels channels;
    private final SettlementRates fx;
    private final GlobalSelling selling;
    private final Transactions transactions;
    private final Clock clock;

    SellingOnMarketplaces(Vendors vendors, Listings listings, ExportOrders orders, MarketplacePushes pushes,
                          SalesChannels channels, SettlementRates fx, GlobalSelling selling, Transactions transactions,
                          Clock clock, ExportParcels parcels) {
        this.parcels = parcels;
        this.vendors = vendors;
        this.listings = listings;
        this.orders = orders;
        this.pushes = pushes;
        this.channels = channels;
        this.fx = fx;
        this.selling = selling;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PushView publish(String vendorId, String sku, String marketplace, Publication p, String operator) {
        knownChannel(marketplace);
        Listing listing = vendorsListing(vendorId, sku);
        if (p == null || p.price() == null && p.priceCny() == null || p.stock() == null) {
            throw new RuleViolation("price", "required", "publishing needs price (or priceCny), currency and stock");
        }
        PriceConversion conversion = conversion(p);
        Money price = conversion != null ? conversion.price() : price(p);
        int stock = stock(p.stock());
        accepted(channels.publish(marketplace, new SalesChannels.ChannelListing(listing.sku(), listing.titleZh(), LANGUAGE,
                price, stock, listing.weightKg())));
        return record(new MarketplacePush(0, marketplace, MarketplacePush.Kind.LISTING, listing.vendor(),
                listing.sku().value(), null, price, stock, null, null, clock.instant(), operator, conversion));
    }

    @Override
    public PushView pushPriceStock(String vendorId, String sku, String marketplace, Publication p, String operator) {
        knownChannel(marketplace);
        Listing listing = vendorsListing(vendorId, sku);
        if (p == null || p.price() == null && p.priceCny() == null && p.stock() == null) {
            throw new RuleViolation("price", "price-or-stock", "a change names a price (with its currency), a stock or both");
        }
        PriceConversion conversion = conversion(p);
        Money price = conversion != null ? conversion.price() : p.price() == null ? null : price(p);
        Integer stock = p.stock() == null ? null : stock(p.stock());
        accepted(channels.pushPriceStock(marketplace, listing.sku(), price, stock));
        return record(new MarketplacePush(0, marketplace, MarketplacePush.Kind.PRICE_STOCK, listing.vendor(),
                listing.sku().value(), null, price, stock, null, null, clock.instant(), operator, conversion));
    }

    @Override
    public OrderPull pullOrders(String marketplace, Instant since, Instant until) {
        knownChannel(marketplace);
        Instant end = until == null ? clock.instant() : until;
        if (since == null || !since.isBefore(end)) {
            throw new RuleViolation("since", "window", "since (ISO-8601 instant) is required and before until");
        }
        if (Duration.between(since, end).compareTo(MAX_WINDOW) > 0) {
            throw new RuleViolation("since", "window-length", "a pull reads at most " + MAX_WINDOW.toDays() + " days");
        }
        SalesChannels.Orders pulled = channels.orders(marketplace, since, end);
        List<ExportOrderView> taken = new ArrayList<>();
        List<ExportOrderView> known = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        pulled.problems().forEach(p -> skipped.add(new Skipped(p.ref(), p.code(), p.text())));
        for (MarketplaceOrder order : pulled.orders()) {
            try {
                GlobalSelling.Received received = selling.receive(vendorOf(order), incoming(marketplace, order));
                (received.created() ? taken : known).add(received.order());
            } catch (RuleViolation e) {
                skipped.add(new Skipped(order.orderId(), e.rule(), e.getMessage()));
            }
        }
        return new OrderPull(marketplace, since, end, taken, known, skipped);
    }

    @Override
    public Confirmed confirmShipment(String orderNo, ShipmentNotice notice, String operator) {
        ShipmentNotice n = bookedParcelUnlessGiven(orderNo, notice);
        if (n == null || !Inputs.isCarrierId(n.carrier())) {
            throw new RuleViolation("carrier", "carrier-id", "the carrier is its plugin id, e.g. postal-ems");
        }
        if (n.trackingNumber() == null || !n.trackingNumber().matches("[A-Za-z0-9-]{4,64}")) {
            throw new RuleViolation("trackingNumber", "tracking-number", "a tracking number is 4-64 letters, digits or dashes");
        }
        Instant shippedAt = n.shippedAt() == null ? clock.instant() : n.shippedAt();
        if (shippedAt.isAfter(clock.instant())) {
            throw new RuleViolation("shippedAt", "not-in-future", "a parcel cannot have left in the future");
        }
        ExportOrder order = transactions.read(() -> orders.byNumber(orderNo)).orElseThrow(() ->
                new RuleViolation("orderNo", "export-order", "no export order " + orderNo));
        if (order.mode() == ExportMode.WAREHOUSE_9810) {
            throw new RuleViolation("orderNo", "shipped-by-marketplace", "a 9810 order leaves the marketplace's "
                    + "overseas warehouse: the marketplace ships and confirms it");
        }
        if (order.status() == ExportOrderStatus.REFUSED) {
            throw new RuleViolation("orderNo", "refused-by-customs", "customs refused the parcel's declaration, it may "
                    + "not leave: " + order.customsNote());
        }
        if (order.status() == ExportOrderStatus.WITHDRAWN) {
            throw new RuleViolation("orderNo", "withdrawn", "the parcel's inventory list was withdrawn: it does not leave");
        }
        var first = transactions.read(() -> pushes.shipmentOf(orderNo));
        if (first.isPresent()) {
            return new Confirmed(repeatOf(first.get(), n), false);
        }
        knownChannel(order.marketplace());
        accepted(channels.confirmShipment(order.marketplace(), order.marketplaceOrderId(), n.carrier(),
                n.trackingNumber(), shippedAt));
        return transactions.write(() -> {
            orders.byNumberForUpdate(orderNo);
            var raced = pushes.shipmentOf(orderNo);
            if (raced.isPresent()) {
                return new Confirmed(repeatOf(raced.get(), n), false);
            }
            orders.shipped(orderNo);
            return new Confirmed(view(pushes.add(new MarketplacePush(0, order.marketplace(), MarketplacePush.Kind.SHIPMENT,
                    order.vendor(), null, orderNo, null, null, n.carrier(), n.trackingNumber(), clock.instant(),
                    operator))), true);
        });
    }

    /**
     * A notice naming neither carrier nor tracking number confirms the parcel booked with a carrier: its carrier and
     * waybill number, which is the carrier's tracking number.
     */
    private ShipmentNotice bookedParcelUnlessGiven(String orderNo, ShipmentNotice n) {
        if (n != null && (n.carrier() != null || n.trackingNumber() != null)) {
            return n;
        }
        Instant shippedAt = n == null ? null : n.shippedAt();
        return transactions.read(() -> parcels.of(orderNo)).map(p -> new ShipmentNotice(p.carrier(), p.waybillNo(), shippedAt))
                .orElse(n);
    }

    @Override
    public List<PushView> pushes(String vendorId, int limit) {
        return transactions.read(() -> {
            Vendor vendor = Inputs.existingVendor(vendors, vendorId);
            return pushes.ofVendor(vendor.id(), limit).stream().map(SellingOnMarketplaces::view).toList();
        });
    }

    /** The vendor whose listing the order's first line names; every line must be that vendor's. */
    private String vendorOf(MarketplaceOrder order) {
        if (order.lines().isEmpty()) {
            throw new RuleViolation("lines", "line-count", "the marketplace order has no line Kuajing lists");
        }
        return transactions.read(() -> {
            VendorId vendor = null;
            for (MarketplaceOrder.Line line : order.lines()) {
                VendorId owner = listings.bySku(Inputs.sku(line.sku(), "sku")).map(Listing::vendor).orElseThrow(() ->
                        new RuleViolation("sku", "sku-listed", "no vendor lists " + line.sku()));
                if (vendor != null && !vendor.equals(owner)) {
                    throw new RuleViolation("lines", "one-vendor", "the order's lines are listed by several vendors");
                }
                vendor = owner;
            }
            return vendor.value();
        });
    }

    private static IncomingOrder incoming(String marketplace, MarketplaceOrder order) {
        if (order.status() != null && NOT_SOLD.contains(order.status().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("status", "not-sold", "the marketplace order is " + order.status());
        }
        if (order.mode() == null) {
            throw new RuleViolation("mode", "fulfilment-unknown", "the marketplace does not say who ships the order");
        }
        if (order.shipTo() == null) {
            throw new RuleViolation("destination", "ship-to-unknown", "the marketplace does not say where the order goes");
        }
        // The marketplace's fee is not part of an order: marketplaces settle fees later (amazon.com: Finances API).
        return new IncomingOrder(marketplace, order.orderId(), order.mode().code(), order.shipTo(), order.placedAt(),
                order.currency().getCurrencyCode(), BigDecimal.ZERO, order.lines().stream()
                .map(l -> new IncomingOrder.Line(l.sku(), l.quantity(), l.unitPrice())).toList(), shipTo(order.buyer()));
    }

    private static IncomingOrder.ShipTo shipTo(MarketplaceOrder.Buyer b) {
        return b == null ? null : new IncomingOrder.ShipTo(b.name(), b.phone(), b.street(), b.city(), b.region(), b.postalCode());
    }

    private void knownChannel(String marketplace) {
        if (marketplace == null || !channels.knows(marketplace)) {
            throw new RuleViolation("marketplace", "sales-channel", "no sales channel " + marketplace + " is loaded");
        }
    }

    private Listing vendorsListing(String vendorId, String sku) {
        Sku key = Inputs.sku(sku, "sku");
        return transactions.read(() -> {
            Vendor vendor = Inputs.existingVendor(vendors, vendorId);
            return listings.bySku(key).filter(l -> l.vendor().equals(vendor.id())).orElseThrow(() ->
                    new RuleViolation("sku", "listed-by-vendor", "the vendor has no listing " + key.value()));
        });
    }

    /** The price as sent, never rounded: more decimals than the currency has is refused. */
    private static Money price(Publication p) {
        Currency currency = Inputs.currency(p.currency(), "currency");
        if (p.price().signum() <= 0) {
            throw new RuleViolation("price", "positive", "a price is more than zero");
        }
        if (p.price().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new RuleViolation("price", "currency-scale", "a " + currency.getCurrencyCode() + " price has at most "
                    + currency.getDefaultFractionDigits() + " decimals");
        }
        return new Money(p.price(), currency);
    }

    /**
     * A CNY price converted into the marketplace's currency at the settlement rate in force today (China time), or
     * null when the price is given in the marketplace's currency. Exactly one of the two is given.
     */
    private PriceConversion conversion(Publication p) {
        if (p.priceCny() == null) {
            return null;
        }
        if (p.price() != null) {
            throw new RuleViolation("priceCny", "price-or-price-cny", "give price (in the marketplace's currency) or "
                    + "priceCny (converted at the day's settlement rate), not both");
        }
        Currency currency = Inputs.currency(p.currency(), "currency");
        if (p.priceCny().signum() <= 0) {
            throw new RuleViolation("priceCny", "positive", "a price is more than zero");
        }
        if (p.priceCny().stripTrailingZeros().scale() > Money.CNY.getDefaultFractionDigits()) {
            throw new RuleViolation("priceCny", "currency-scale", "a CNY price has at most 2 decimals (fen)");
        }
        return PriceConversion.of(new Money(p.priceCny(), Money.CNY), currency, ChinaTime.today(clock), fx);
    }

    private static int stock(int stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw new RuleViolation("stock", "stock-range", "stock is 0 to " + MAX_STOCK);
        }
        return stock;
    }

    /** A refusal by the marketplace: 422 with the marketplace's own rule code and words, nothing recorded. */
    private static void accepted(SalesChannels.Answer answer) {
        if (!answer.accepted()) {
            SalesChannels.Problem first = answer.problems().isEmpty()
                    ? new SalesChannels.Problem("marketplace-refused", null, "the marketplace refused without a reason")
                    : answer.problems().get(0);
            throw new RuleViolation("marketplace", first.code(), first.text());
        }
    }

    private PushView repeatOf(MarketplacePush first, ShipmentNotice n) {
        if (!first.carrier().equals(n.carrier()) || !first.trackingNumber().equals(n.trackingNumber())) {
            throw new ConflictWithRecord("trackingNumber", "shipment-confirmed", "the order's shipment was confirmed "
                    + "with another tracking number", Map.of("carrier", first.carrier(), "trackingNumber", first.trackingNumber()));
        }
        return view(first);
    }

    private PushView record(MarketplacePush push) {
        return view(transactions.write(() -> pushes.add(push)));
    }

    private static PushView view(MarketplacePush p) {
        PriceConversion c = p.conversion();
        return new PushView(p.id(), p.marketplace(), p.kind().name(), p.vendor().value(), p.sku(), p.orderNo(), p.price(),
                p.stock(), p.carrier(), p.trackingNumber(), p.pushedAt(), p.pushedBy(), c == null ? null : c.priceCny(),
                c == null ? null : c.cnyPerUnit(), c == null ? null : c.rateFrom());
    }
}
