package io.kuajing.catalog.domain;

import java.util.Objects;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A marketplace offer for a product: price in the marketplace's currency, units in stock, seller and warehouse.
 * A record so that "did anything change?" is {@code equals}: an unchanged offer is never written again.
 */
@Entity
public record Offer(@Identity OfferKey key, Sku sku, String sellerName, Money price, int stock, Warehouse warehouse) {

    public Offer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(warehouse, "warehouse");
        if (stock < 0) {
            throw new IllegalArgumentException("stock is never negative: " + stock);
        }
    }

    public boolean inStock() {
        return stock > 0;
    }
}
