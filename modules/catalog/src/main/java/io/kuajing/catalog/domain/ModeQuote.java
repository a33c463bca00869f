package io.kuajing.catalog.domain;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The landed price of one unit in one fulfilment mode: goods (the cheapest in-stock offer that can serve the mode,
 * named by its key, converted from its price to CNY), freight estimate, import tax, their total, and the delivery
 * promise.
 */
@ValueObject
public record ModeQuote(FulfilmentMode mode, OfferKey offer, CountryCode shipFrom, Money offerPrice, FxRate fxRate, Money goods,
                        Money freight, TaxQuote tax, Money total, DeliveryPromise promise) {
}
