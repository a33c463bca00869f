package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.Catalog;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The catalogue another module would answer, fixed for checkout tests: a blender sold by direct mail or from
 * bonded stock, a serum by direct mail, an espresso machine above the per-transaction limit, tea from a domestic warehouse.
 */
@Singleton
@Replaces(Catalog.class)
@Requires(env = "test")
class ShelfCatalog implements Catalog {

    private static final LocalDate FX_DAY = LocalDate.of(2026, 11, 1);

    @Override
    public Optional<ProductSnapshot> product(Sku sku, LocalDate date) {
        return Optional.ofNullable(switch (sku.value()) {
            case "US-BLENDER" -> product(sku, "破壁料理机", "85094000",
                    price(FulfilmentMode.FLASH_PURCHASE, "1000.00", "10.00", "CN-NB-BONDED", date),
                    price(FulfilmentMode.DIRECT_MAIL, "1000.00", "50.00", "US-NJ-01", date));
            case "JP-SERUM" -> product(sku, "精华液 30ml", "33049900",
                    price(FulfilmentMode.DIRECT_MAIL, "300.00", "20.00", "US-NJ-01", date));
            case "US-LAPTOP" -> product(sku, "意式咖啡机", "85094000",
                    price(FulfilmentMode.DIRECT_MAIL, "6000.00", "100.00", "US-NJ-01", date));
            case "US-MIXER" -> product(sku, "手持搅拌器", "85094000",
                    price(FulfilmentMode.DIRECT_MAIL, "100.00", "30.00", ShelfCarriers.QUOTING_WAREHOUSE, date));
            case "US-ANVIL" -> product(sku, "铁砧", "85094000",
                    price(FulfilmentMode.DIRECT_MAIL, "400.00", "90.00", ShelfCarriers.UNSERVED_WAREHOUSE, date));
            case "US-GHOST" -> product(sku, "无人知晓的仓库", "85094000",
                    price(FulfilmentMode.DIRECT_MAIL, "100.00", "10.00", ShelfCarriers.UNKNOWN_WAREHOUSE, date));
            case "CN-TEA" -> product(sku, "乌龙茶", null,
                    price(FulfilmentMode.DIRECT_PURCHASE, "50.00", "8.00", "CN-SH-DOMESTIC", date));
            case "JP-UNREVIEWED" -> untranslated(product(sku, "ファンケル マルチビタミン 60日分", "21069090",
                    price(FulfilmentMode.DIRECT_MAIL, "120.00", "20.00", "US-NJ-01", date)));
            default -> null;
        });
    }

    /** As catalog answers a product whose Chinese name nobody has approved yet: the original, {@code translated = false}. */
    private static ProductSnapshot untranslated(ProductSnapshot p) {
        return new ProductSnapshot(p.sku(), p.title(), p.description(), "ja-JP", false, "ファンケル", p.category(),
                p.hsCode(), p.eligibility(), p.prices(), p.unavailable(), p.weightGrams(), p.origin(), null);
    }

    private static ProductSnapshot product(Sku sku, String title, String hsCode, LandedPrice... prices) {
        return new ProductSnapshot(sku, title, title, "zh-CN", true, "Brand", "category", hsCode,
                hsCode == null ? "UNCLASSIFIED" : "LISTED", List.of(prices), Map.of(), 1200,
                CountryCode.of("US"), "500克");
    }

    private static LandedPrice price(FulfilmentMode mode, String goods, String freight, String warehouse, LocalDate date) {
        Money g = Money.cny(goods);
        Money f = Money.cny(freight);
        Money tax = mode == FulfilmentMode.DIRECT_PURCHASE ? Money.cny("6.50") : g.plus(f).times(new BigDecimal("0.091"));
        return new LandedPrice(mode, g, f, tax, g.plus(f).plus(tax), "estimate", date.plusDays(3), date.plusDays(8),
                "3-8 days", "test-market", "ref-" + goods, "seller", warehouse, warehouse.startsWith("US") ? "US" : "CN", g,
                BigDecimal.ONE, FX_DAY);
    }
}
