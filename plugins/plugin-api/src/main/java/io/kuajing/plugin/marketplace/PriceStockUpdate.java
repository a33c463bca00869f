package io.kuajing.plugin.marketplace;

import java.util.Objects;

/** A new price and/or stock level for one SKU on a channel; null leaves that value as it is. */
public record PriceStockUpdate(String sku, Price price, Integer stock) {

    public PriceStockUpdate {
        Objects.requireNonNull(sku, "sku");
        if (price == null && stock == null) {
            throw new IllegalArgumentException("a price/stock update changes price, stock or both: " + sku);
        }
        if (stock != null && stock < 0) {
            throw new IllegalArgumentException("stock is never negative: " + stock);
        }
    }
}
