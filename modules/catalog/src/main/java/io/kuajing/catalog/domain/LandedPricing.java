package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.Service;

/**
 * Decides the fulfilment modes a product can take and what each costs the consumer, landed.
 *
 * <p>Modes: the positive list allows all three for a listed line, direct purchase and flash purchase for a
 * bonded-only line, and direct purchase ONLY for a line off the list or an unclassified product. A mode is then
 * available when an in-stock offer sits in the warehouse type that serves it (overseas: direct mail, bonded: flash
 * purchase, domestic: direct purchase).
 *
 * <p>Price per mode: the cheapest such offer in CNY (dated FX, rounded once to the fen) + freight estimate + import
 * tax on (goods + freight), each a CNY amount at 2 decimals, so the total is an exact sum.
 */
@Service
public final class LandedPricing {

    private final PositiveList positiveList;
    private final FxRates fxRates;
    private final TaxQuotes taxQuotes;
    private final FreightEstimates freight;
    private final DeliveryPromises promises;

    public LandedPricing(PositiveList positiveList, FxRates fxRates, TaxQuotes taxQuotes, FreightEstimates freight,
                         DeliveryPromises promises) {
        this.positiveList = positiveList;
        this.fxRates = fxRates;
        this.taxQuotes = taxQuotes;
        this.freight = freight;
        this.promises = promises;
    }

    public Eligibility eligibility(Product product, LocalDate date) {
        return product.classification().map(hs -> positiveList.eligibilityOf(hs, date)).orElse(Eligibility.UNCLASSIFIED);
    }

    public ProductOptions options(Product product, List<Offer> offers, LocalDate date) {
        Eligibility eligibility = eligibility(product, date);
        Set<FulfilmentMode> allowed = eligibility.allowedModes();
        List<ModeQuote> quotes = new ArrayList<>();
        Map<FulfilmentMode, String> unavailable = new EnumMap<>(FulfilmentMode.class);
        for (FulfilmentMode mode : FulfilmentMode.values()) {
            if (!allowed.contains(mode)) {
                unavailable.put(mode, eligibility.status() == Eligibility.Status.BONDED_ONLY
                        ? "positive-list-bonded-only" : "not-on-positive-list");
                continue;
            }
            quote(product, offers, mode, date, unavailable).ifPresent(quotes::add);
        }
        quotes.sort(Comparator.comparing((ModeQuote q) -> q.total().amount()).thenComparing(ModeQuote::mode));
        return new ProductOptions(eligibility, quotes, unavailable);
    }

    private Optional<ModeQuote> quote(Product product, List<Offer> offers, FulfilmentMode mode, LocalDate date,
                                      Map<FulfilmentMode, String> unavailable) {
        List<Offer> serving = offers.stream()
                .filter(o -> o.inStock() && o.warehouse().type().serves() == mode)
                .toList();
        if (serving.isEmpty()) {
            unavailable.put(mode, "no-stock");
            return Optional.empty();
        }
        Offer best = null;
        FxRate bestRate = null;
        Money bestGoods = null;
        for (Offer offer : serving) {
            Optional<FxRate> rate = rateFor(offer.price(), date);
            if (rate.isEmpty()) {
                continue;
            }
            Money goods = rate.get().toCny(offer.price());
            if (bestGoods == null || goods.compareTo(bestGoods) < 0) {
                best = offer;
                bestRate = rate.get();
                bestGoods = goods;
            }
        }
        if (best == null) {
            unavailable.put(mode, "no-fx-rate");
            return Optional.empty();
        }
        Optional<Money> carriage = freight.estimate(mode, best.warehouse().country(), product.weightGrams(), date);
        if (carriage.isEmpty()) {
            unavailable.put(mode, "no-freight-estimate");
            return Optional.empty();
        }
        Money taxable = bestGoods.plus(carriage.get());
        Optional<TaxQuote> tax = taxQuotes.quote(product.hsCode(), mode, taxable, date);
        if (tax.isEmpty()) {
            unavailable.put(mode, "no-tax-quote");
            return Optional.empty();
        }
        Optional<DeliveryPromise> promise = promises.promise(mode, best.warehouse(), date);
        if (promise.isEmpty()) {
            unavailable.put(mode, "no-delivery-promise");
            return Optional.empty();
        }
        return Optional.of(new ModeQuote(mode, best.key(), best.warehouse().country(), best.price(), bestRate, bestGoods,
                carriage.get(), tax.get(), taxable.plus(tax.get().total()), promise.get()));
    }

    private Optional<FxRate> rateFor(Money price, LocalDate date) {
        if (price.currency().equals(Money.CNY)) {
            return Optional.of(new FxRate(Money.CNY, java.math.BigDecimal.ONE, LocalDate.MIN, "identity"));
        }
        return fxRates.rateOn(price.currency(), date);
    }
}
