package io.kuajing.purchase.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kuajing.purchase.domain.StockLevels;
import io.kuajing.purchase.domain.StockPool;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Stock as the shelf catalogue's sources would report it: plenty of everything unless a test sets a SKU's count. */
@Singleton
@Replaces(StockLevels.class)
@Requires(env = "test")
class ShelfStock implements StockLevels {

    static final int PLENTY = 100_000;

    private final Map<String, Integer> bySku = new ConcurrentHashMap<>();

    void set(String sku, int units) {
        bySku.put(sku, units);
    }

    @Override
    public int onHand(StockPool pool) {
        String sku = pool instanceof StockPool.BondedItem b ? b.sku().value() : ((StockPool.Offer) pool).sku().value();
        return bySku.getOrDefault(sku, PLENTY);
    }
}
