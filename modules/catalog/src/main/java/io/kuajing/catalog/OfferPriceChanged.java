package io.kuajing.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A marketplace offer's price changed (in the marketplace's currency; amounts at that currency's scale). Purchase
 * uses it to re-price open baskets; the offer is (marketplace, externalRef, sellerId, warehouseCode).
 */
public record OfferPriceChanged(String sku, String marketplace, String externalRef, String sellerId,
                                String warehouseCode, BigDecimal oldAmount, String oldCurrency, BigDecimal newAmount,
                                String newCurrency, Instant changedAt) implements DomainEvent {
}
