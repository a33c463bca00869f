package io.kuajing.purchase.adapter.persistence;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.domain.Basket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_basket_line}, keyed by (owner, sku), at its position in the basket; no mode: the
 * cheapest at checkout. No {@code @Id}: only native statements touch it.
 */
@MappedEntity("purchase_basket_line")
record BasketLineRow(String owner, int position, String sku, int quantity, @Nullable String mode) {

    static BasketLineRow of(String owner, int position, Basket.Line line) {
        return new BasketLineRow(owner, position, line.sku().value(), line.quantity(),
                line.mode() == null ? null : line.mode().name());
    }

    Basket.Line line() {
        return new Basket.Line(new Sku(sku), quantity, mode == null ? null : FulfilmentMode.valueOf(mode));
    }
}
