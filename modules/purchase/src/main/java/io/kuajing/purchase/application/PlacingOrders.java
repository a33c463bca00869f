package io.kuajing.purchase.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.kuajing.catalog.Catalog;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.TaxQuote;
import io.kuajing.customs.TaxQuoteRequest;
import io.kuajing.customs.TaxQuotes;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.kernel.Quantity;
import io.kuajing.kernel.Text;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.kuajing.purchase.Checkout;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.OrderPlaced;
import io.kuajing.purchase.domain.Buyer;
import io.kuajing.purchase.domain.Checkouts;
import io.kuajing.purchase.domain.Consignee;
import io.kuajing.purchase.domain.DeliveryWindow;
import io.kuajing.purchase.domain.FreightShares;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderNumbers;
import io.kuajing.purchase.domain.Orders;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Checkout: prices each line from the catalogue in the mode the consumer chose (or the cheapest), splits the
 * basket into one order per mode and ship-from warehouse, taxes each cross-border order with customs and reserves
 * it on the buyer's annual quota — in one transaction, so a refusal anywhere places nothing and reserves nothing.
 * Freight comes from logistics (the carriers' quote for each order), asked before that transaction.
 */
@Singleton
class PlacingOrders implements Checkout {

    private final Catalog catalog;
    private final CarriageQuotes carriage;
    private final TransactionOperations<Connection> tx;
    private final TaxQuotes taxQuotes;
    private final Quotas quotas;
    private final Orders orders;
    private final Checkouts checkouts;
    private final Outbox outbox;
    private final OrderViews views;
    private final Clock clock;
    private final OrderNumbers numbers = new OrderNumbers();
    private final Transactions transactions;
    private final StockReservations stock;

    PlacingOrders(Catalog catalog, CarriageQuotes carriage, TaxQuotes taxQuotes, Quotas quotas, Orders orders,
                  Checkouts checkouts, Outbox outbox, OrderViews views, TransactionOperations<Connection> tx, Clock clock,
                  Transactions transactions, StockReservations stock) {
        this.transactions = transactions;
        this.stock = stock;
        this.catalog = catalog;
        this.carriage = carriage;
        this.tx = tx;
        this.taxQuotes = taxQuotes;
        this.quotas = quotas;
        this.orders = orders;
        this.checkouts = checkouts;
        this.outbox = outbox;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public CheckoutResult checkout(CheckoutCommand command) {
        return checkout(command, () -> { });
    }

    /**
     * Prices the basket and asks logistics what carrying it costs — outside any transaction, as carriers are
     * remote — then, in one transaction, places the orders (which claims the idempotency key: a retry answers the
     * first call's orders), runs {@code withinTransaction} (the basket's check that it is still what was priced),
     * reserves the quota and holds the stock; a refusal of any of them rolls the orders back.
     * Reference data (catalogue pages, carriers' quotes) comes from caches, so the transaction is the checkout's
     * only round trips to the database on the common path.
     */
    CheckoutResult checkout(CheckoutCommand command, Runnable withinTransaction) {
        return place(command, withinTransaction, false, placed -> { });
    }

    /**
     * A sales channel's paid trade placed as orders: priced as a checkout is, but carried at the catalogue's freight
     * estimate — the freight inside the landed price the storefront showed and the buyer paid — rather than the
     * carriers' quote of the moment (still asked: the route must be served). {@code placedWithin} runs in the same
     * transaction on the orders placed, so what it records (the channel's payment) and the orders stand or fall
     * together. The channel's order id is the idempotency key.
     */
    CheckoutResult placeSold(CheckoutCommand command, Consumer<List<Order>> placedWithin) {
        return place(command, () -> { }, true, placedWithin);
    }

    private CheckoutResult place(CheckoutCommand command, Runnable withinTransaction, boolean freightAsShown,
                                 Consumer<List<Order>> placedWithin) {
        String key = command.idempotencyKey();
        if (key == null || key.isBlank()) {
            throw new RuleViolation("Idempotency-Key", "required", "send an Idempotency-Key header of 1-100 characters");
        }
        Text.required(key, "Idempotency-Key", 100);
        Quantity.lineCount(command.lines().size(), "lines");
        String fingerprint = fingerprint(command);
        LocalDate today = ChinaTime.today(clock);
        Priced priced;
        try {
            priced = price(command, today, freightAsShown);
        } catch (RuleViolation refused) {
            // A retry of a checkout that went through answers its orders even if the basket could not be placed now
            // (sold out, repriced): only then is the key looked up before the transaction. Otherwise the claim in
            // the transaction tells a retry, so a checkout costs one transaction (docs/adr/0020).
            Optional<CheckoutResult> retried = tx.executeRead(status -> checkouts.find(command.owner(), key)
                    .map(earlier -> replayOf(earlier, fingerprint)));
            if (retried.isPresent()) {
                return retried.get();
            }
            throw refused;
        }
        Map<String, List<PricedLine>> groups = priced.groups();
        Buyer buyer = priced.buyer();
        Consignee consignee = priced.consignee();
        Map<String, Money> freights = priced.freights();
        // Retried whole on a deadlock or lock wait timeout (two checkouts sharing a pool, a quota account, a key):
        // nothing in it calls the outside world.
        return transactions.write(() -> {
            String checkoutId = UUID.randomUUID().toString();
            List<Order> placed = new ArrayList<>();
            List<StockReservations.Claim> claims = new ArrayList<>();
            for (Map.Entry<String, List<PricedLine>> group : groups.entrySet()) {
                Order order = order(command.owner(), today, group.getValue(), freights.get(group.getKey()), buyer, consignee);
                placed.add(order);
                for (int i = 0; i < group.getValue().size(); i++) {
                    claims.add(new StockReservations.Claim(order.number().value(), i + 1, group.getValue().get(i)));
                }
            }
            Optional<Checkouts.Earlier> earlier =
                    orders.place(new Checkouts.Claim(command.owner(), key, checkoutId, fingerprint), placed);
            if (earlier.isPresent()) {
                return replayOf(earlier.get(), fingerprint); // a twin got here first
            }
            withinTransaction.run();
            placed.forEach(this::reserveQuota);
            stock.hold(claims);
            placedWithin.accept(placed);
            placed.forEach(o -> outbox.publish(new OrderPlaced(o.number().value(), o.owner(), o.mode().name(),
                    o.warehouse(), o.total().amount())));
            // By order number, the order a replay reads them back in: a retry answers exactly the same list.
            return new CheckoutResult(checkoutId, placed.stream().sorted(Comparator.comparing(o -> o.number().value()))
                    .map(views::of).toList(), false);
        });
    }

    /** The basket priced, split into orders (by mode and warehouse) and carried: everything decided before the transaction. */
    private record Priced(Map<String, List<PricedLine>> groups, Buyer buyer, Consignee consignee, Map<String, Money> freights) {
    }

    /**
     * Prices each line from the catalogue and asks logistics what carrying each order costs (carriers are remote:
     * outside any transaction; their quotes are cached per lane and parcel class).
     */
    private Priced price(CheckoutCommand command, LocalDate today, boolean freightAsShown) {
        Map<String, List<PricedLine>> groups = new LinkedHashMap<>();
        for (int i = 0; i < command.lines().size(); i++) {
            PricedLine line = price(command.lines().get(i), i, today);
            groups.computeIfAbsent(line.group(), g -> new ArrayList<>()).add(line);
        }
        if (groups.isEmpty()) {
            throw new RuleViolation("lines", "required", "the basket is empty");
        }
        boolean crossBorder = groups.values().stream().anyMatch(g -> mode(g) != FulfilmentMode.DIRECT_PURCHASE);
        Buyer buyer = crossBorder ? buyer(command) : null;
        Consignee consignee = consignee(command);
        Map<String, Money> quoted = carriage.freights(groups, consignee.divisionCode());
        if (freightAsShown) {
            quoted = new LinkedHashMap<>(quoted);
            for (Map.Entry<String, List<PricedLine>> group : groups.entrySet()) {
                quoted.put(group.getKey(), CarriageQuotes.estimate(group.getValue()));
            }
        }
        return new Priced(groups, buyer, consignee, quoted);
    }

    private CheckoutResult replayOf(Checkouts.Earlier earlier, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new RuleViolation("Idempotency-Key", "same-request",
                    "this Idempotency-Key was used for a different basket; use a new key");
        }
        return replay(earlier);
    }

    @Override
    @Transactional
    public Optional<CheckoutResult> earlier(String owner, String idempotencyKey) {
        return checkouts.find(owner, idempotencyKey).map(this::replay);
    }

    private CheckoutResult replay(Checkouts.Earlier earlier) {
        return new CheckoutResult(earlier.checkoutId(), orders.placedBy(earlier.checkoutId()).stream().map(views::of).toList(), true);
    }

    private PricedLine price(CheckoutCommand.Line requested, int index, LocalDate today) {
        String field = "lines[" + index + "].";
        int quantity = ProductChoice.quantity(requested.quantity(), field);
        Sku sku = ProductChoice.sku(requested.sku(), field);
        ProductSnapshot product = ProductChoice.product(catalog, sku, today, field);
        ProductChoice.declarable(product, field);
        LandedPrice price = ProductChoice.price(product, ProductChoice.mode(requested.mode(), field), field);
        HsCode hsCode = product.hsCode() == null ? null : HsCode.of(product.hsCode());
        if (price.mode().isCrossBorder() && hsCode == null) {
            throw new RuleViolation(field + "mode", "positive-list", sku + " has no HS code: general trade only");
        }
        return new PricedLine(index, sku, product.title(), hsCode, quantity, price, product.weightGrams(),
                product.origin(), product.brand(), product.specification());
    }

    /** One order of the basket, priced and taxed: nothing is written yet. */
    private Order order(String owner, LocalDate today, List<PricedLine> group, Money freight, Buyer buyer,
                        Consignee consignee) {
        FulfilmentMode mode = mode(group);
        List<OrderLine> lines = mode.isCrossBorder()
                ? crossBorderLines(group, freight, Regime.of(mode), today)
                : generalTradeLines(group);
        return Order.place(numbers.next(today), owner, mode, group.get(0).price().warehouseCode(), buyer, consignee,
                lines, freight, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), promised(group));
    }

    private void reserveQuota(Order order) {
        if (order.isCrossBorder()) {
            // Taxable price = goods + freight (财关税〔2016〕18号); one item alone may pass the per-transaction
            // limit at full rates (财关税〔2018〕49号), which customs decides from this flag.
            List<OrderLine> lines = order.lines();
            boolean singleItem = lines.size() == 1 && lines.get(0).quantity() == 1;
            quotas.reserve(new QuotaReservation(order.number().value(), order.buyer().idNumber(),
                    order.goodsValue().plus(order.freight()), singleItem));
        }
    }

    /** General trade: the platform paid duty and taxes on import, so they are inside the retail price. */
    private static List<OrderLine> generalTradeLines(List<PricedLine> group) {
        return group.stream().map(l -> new OrderLine(l.sku(), l.title(), l.hsCode(), l.quantity(),
                l.price().goods().plus(l.price().tax()), Money.zero(Money.CNY), l.weightGrams(), l.origin(), l.shipsFrom(),
                l.brand(), l.specification(), l.price().marketplace())).toList();
    }

    private List<OrderLine> crossBorderLines(List<PricedLine> group, Money freight, Regime regime, LocalDate today) {
        List<Money> goods = group.stream().map(l -> l.price().goods().times(l.quantity())).toList();
        List<Money> freightShares = FreightShares.split(freight, goods);
        List<TaxQuoteRequest.Line> taxLines = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            taxLines.add(new TaxQuoteRequest.Line(group.get(i).hsCode(), goods.get(i).plus(freightShares.get(i)),
                    group.get(i).quantity(), null));
        }
        TaxQuote quote = taxQuotes.quote(new TaxQuoteRequest(regime, today, taxLines));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            PricedLine l = group.get(i);
            lines.add(new OrderLine(l.sku(), l.title(), l.hsCode(), l.quantity(), l.price().goods(),
                    quote.lines().get(i).total(), l.weightGrams(), l.origin(), l.shipsFrom(), l.brand(), l.specification(),
                    l.price().marketplace()));
        }
        return lines;
    }

    private static FulfilmentMode mode(List<PricedLine> group) {
        return group.get(0).price().mode();
    }

    /** The lines of one order share mode and warehouse, so one promise; the latest dates if they ever differ. */
    private static DeliveryWindow promised(List<PricedLine> group) {
        return new DeliveryWindow(
                group.stream().map(l -> l.price().deliveryEarliest()).max(Comparator.naturalOrder()).orElseThrow(),
                group.stream().map(l -> l.price().deliveryLatest()).max(Comparator.naturalOrder()).orElseThrow());
    }

    private static Buyer buyer(CheckoutCommand command) {
        CheckoutCommand.BuyerDetails b = command.buyer();
        if (b == null) {
            throw new RuleViolation("buyer", "required", "cross-border lines need the buyer's real name, ID number and mobile");
        }
        return Buyer.of(b.realName(), b.idNumber(), b.phone());
    }

    private static Consignee consignee(CheckoutCommand command) {
        CheckoutCommand.ConsigneeDetails c = command.consignee();
        if (c == null) {
            throw new RuleViolation("consignee", "required", "the consignee is required");
        }
        return Consignee.of(c.name(), c.phone(), c.divisionCode(), c.address());
    }

    /** The request's content, so a reused key with a different basket is told apart from a retry. */
    private static String fingerprint(CheckoutCommand command) {
        StringBuilder text = new StringBuilder();
        command.lines().forEach(l -> text.append(l.sku()).append('|').append(l.quantity()).append('|').append(l.mode()).append(';'));
        if (command.buyer() != null) {
            text.append(command.buyer().realName()).append('|').append(command.buyer().idNumber()).append('|')
                    .append(command.buyer().phone());
        }
        if (command.consignee() != null) {
            var c = command.consignee();
            text.append('|').append(c.name()).append('|').append(c.phone()).append('|').append(c.divisionCode())
                    .append('|').append(c.address());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
