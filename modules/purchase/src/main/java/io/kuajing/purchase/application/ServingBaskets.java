package io.kuajing.purchase.application;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.Catalog;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.MoneyJson;
import io.kuajing.purchase.BasketView;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.ConsumerBasket;
import io.kuajing.purchase.domain.Basket;
import io.kuajing.purchase.domain.Baskets;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * The consumer's basket: choices checked against the catalogue when made, priced afresh on every look, and
 * checked out like any checkout, with the basket locked and checked inside the placing transaction, so it is
 * never turned into orders twice.
 */
@Singleton
class ServingBaskets implements ConsumerBasket {

    private static final String NO_FIELD_PREFIX = "";

    private final Baskets baskets;
    private final Catalog catalog;
    private final PlacingOrders placing;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    ServingBaskets(Baskets baskets, Catalog catalog, PlacingOrders placing, TransactionOperations<Connection> tx, Clock clock) {
        this.baskets = baskets;
        this.catalog = catalog;
        this.placing = placing;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BasketView basket(String owner) {
        return view(baskets.of(owner));
    }

    @Override
    @Transactional
    public BasketView put(String owner, String sku, int quantity, String mode) {
        Sku product = ProductChoice.sku(sku, NO_FIELD_PREFIX);
        int units = ProductChoice.quantity(quantity, NO_FIELD_PREFIX);
        FulfilmentMode chosen = ProductChoice.mode(mode, NO_FIELD_PREFIX);
        Basket basket = baskets.lock(owner); // first: a checkout or another tab committing meanwhile is waited for
        // Refused now rather than at checkout: a mode the product cannot take today never enters the basket.
        ProductChoice.price(ProductChoice.product(catalog, product, today(), NO_FIELD_PREFIX), chosen, NO_FIELD_PREFIX);
        basket.put(new Basket.Line(product, units, chosen));
        baskets.save(basket);
        return view(basket);
    }

    @Override
    @Transactional
    public BasketView remove(String owner, String sku) {
        Basket basket = baskets.lock(owner);
        basket.remove(ProductChoice.sku(sku, NO_FIELD_PREFIX));
        baskets.save(basket);
        return view(basket);
    }

    /**
     * Not one transaction: the carriers are asked first (see {@link PlacingOrders}). What makes the basket turn into
     * orders once is the check inside the placing transaction: under the basket's lock, it must still hold what
     * was priced; the checkout that finds it emptied or changed places nothing.
     */
    @Override
    public CheckoutResult checkout(String owner, String idempotencyKey, CheckoutCommand.BuyerDetails buyer,
                                   CheckoutCommand.ConsigneeDetails consignee) {
        Optional<CheckoutResult> earlier = idempotencyKey == null ? Optional.empty() : placing.earlier(owner, idempotencyKey);
        List<Basket.Line> priced = tx.executeRead(status -> baskets.of(owner).lines());
        if (earlier.isPresent()) {
            if (!priced.isEmpty()) {
                // The call that placed those orders emptied the basket; lines in it now are a new basket.
                throw new RuleViolation("Idempotency-Key", "same-request",
                        "this Idempotency-Key already checked out an earlier basket; use a new key");
            }
            return earlier.get();
        }
        List<CheckoutCommand.Line> lines = priced.stream()
                .map(l -> new CheckoutCommand.Line(l.sku().value(), l.quantity(), l.mode() == null ? null : l.mode().name()))
                .toList();
        return placing.checkout(new CheckoutCommand(owner, idempotencyKey, lines, buyer, consignee), () -> {
            Basket basket = baskets.lock(owner);
            if (!basket.lines().equals(priced)) {
                throw new RuleViolation("lines", "basket-unchanged",
                        "the basket changed while it was being checked out (another tab or device?): look at it again");
            }
            basket.empty();
            baskets.save(basket);
        });
    }

    private BasketView view(Basket basket) {
        LocalDate today = today();
        List<BasketView.Line> lines = new ArrayList<>();
        Map<String, List<BasketView.Line>> orders = new LinkedHashMap<>();
        for (Basket.Line line : basket.lines()) {
            BasketView.Line shown = line(line, catalog.product(line.sku(), today));
            lines.add(shown);
            if (shown.problem() == null) {
                orders.computeIfAbsent(shown.mode() + "@" + shown.warehouse(), k -> new ArrayList<>()).add(shown);
            }
        }
        List<BasketView.PlannedOrder> planned = orders.values().stream().map(group -> new BasketView.PlannedOrder(
                group.get(0).mode(), group.get(0).warehouse(), group.stream().map(BasketView.Line::sku).toList(),
                total(group))).toList();
        return new BasketView(lines, planned, total(lines.stream().filter(l -> l.problem() == null).toList()));
    }

    private static BasketView.Line line(Basket.Line line, Optional<ProductSnapshot> found) {
        String chosenMode = line.mode() == null ? null : line.mode().name();
        if (found.isEmpty()) {
            return new BasketView.Line(line.sku().value(), null, line.quantity(), chosenMode, line.mode() != null, null,
                    null, null, List.of(), Map.of(), "product-exists: no longer in the catalogue");
        }
        ProductSnapshot product = found.get();
        List<BasketView.Option> options = product.prices().stream().map(ServingBaskets::option).toList();
        Map<String, String> unavailable = new LinkedHashMap<>();
        product.unavailable().forEach((mode, why) -> unavailable.put(mode.name(), why));
        try {
            LandedPrice price = ProductChoice.price(product, line.mode(), NO_FIELD_PREFIX);
            return new BasketView.Line(line.sku().value(), product.title(), line.quantity(), price.mode().name(),
                    line.mode() != null, price.warehouseCode(), MoneyJson.of(price.total()),
                    MoneyJson.of(price.total().times(line.quantity())), options, unavailable, null);
        } catch (RuleViolation gone) {
            // Offered when it was put in, not any more (out of stock, FX moved it over a limit...): say so, keep it.
            return new BasketView.Line(line.sku().value(), product.title(), line.quantity(), chosenMode, line.mode() != null,
                    null, null, null, options, unavailable, gone.rule() + ": " + gone.getMessage());
        }
    }

    private static BasketView.Option option(LandedPrice p) {
        return new BasketView.Option(p.mode().name(), p.warehouseCode(), MoneyJson.of(p.goods()), MoneyJson.of(p.freight()),
                MoneyJson.of(p.tax()), MoneyJson.of(p.total()), p.deliveryEarliest(), p.deliveryLatest(), p.deliveryWording());
    }

    /** All amounts are CNY at two places (the catalogue lands every price in CNY): their exact sum. */
    private static MoneyJson total(List<BasketView.Line> lines) {
        return MoneyJson.of(lines.stream().map(l -> Money.cny(l.lineTotal().amount())).reduce(Money.zero(Money.CNY), Money::plus));
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
