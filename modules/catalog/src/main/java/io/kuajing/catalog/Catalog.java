package io.kuajing.catalog;

import java.time.LocalDate;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Sku;

/** The catalogue's facade for other modules (purchase asks it for a product's landed prices at checkout). */
public interface Catalog {

    /** The product with its landed prices for an order placed on {@code date}; empty for an unknown SKU. */
    Optional<ProductSnapshot> product(Sku sku, LocalDate date);

    /** The landed price of one unit in {@code mode}, when the product can take that mode on {@code date}. */
    default Optional<LandedPrice> landedPrice(Sku sku, FulfilmentMode mode, LocalDate date) {
        return product(sku, date).flatMap(p -> p.prices().stream().filter(l -> l.mode() == mode).findFirst());
    }
}
