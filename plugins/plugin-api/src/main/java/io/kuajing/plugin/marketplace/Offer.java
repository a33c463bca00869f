package io.kuajing.plugin.marketplace;

import java.util.Objects;

/**
 * One seller's offer for a catalogue item from one warehouse: the price, the units in stock there, who sells it.
 *
 * @param externalRef the item's reference on the marketplace (ASIN, JAN, the marketplace's item code)
 * @param sellerId    the marketplace's seller id
 * @param sellerName  for display; may be null
 * @param stock       units available now, never negative; 0 means out of stock
 */
public record Offer(String externalRef, String sellerId, String sellerName, Price price, int stock, ShipFrom shipFrom) {

    public Offer {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(shipFrom, "shipFrom");
        if (externalRef == null || externalRef.isBlank()) {
            throw new IllegalArgumentException("external ref is required");
        }
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException("seller id is required");
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock is never negative: " + stock);
        }
    }
}
