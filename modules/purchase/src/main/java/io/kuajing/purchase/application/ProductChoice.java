package io.kuajing.purchase.application;

import java.time.LocalDate;
import java.util.Locale;

import io.kuajing.catalog.Catalog;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Quantity;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;

/**
 * The rules a consumer's pick of a product meets, the same in the basket and at checkout: a well-formed SKU, a
 * sensible quantity, and a fulfilment mode the product offers today (or none, and then the cheapest one).
 * {@code field} is where the pick sits in the request, e.g. {@code lines[2]}, so a refusal names it.
 */
final class ProductChoice {

    private ProductChoice() {
    }

    static Sku sku(String raw, String field) {
        try {
            return new Sku(raw);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field + "sku", "sku-format", e.getMessage());
        }
    }

    static ProductSnapshot product(Catalog catalog, Sku sku, LocalDate date, String field) {
        return catalog.product(sku, date).orElseThrow(() -> new RuleViolation(field + "sku", "product-exists", "no product " + sku));
    }

    /**
     * Customs declares the product's approved Chinese name (and brand); a product without one is not declarable, and
     * checkout says so before anything is ordered.
     */
    static void declarable(ProductSnapshot product, String field) {
        if (!product.translated()) {
            throw new RuleViolation(field + "sku", "not-translated", product.sku()
                    + " has no reviewed Chinese name yet, so it cannot be declared to customs");
        }
    }

    static int quantity(int quantity, String field) {
        return Quantity.units(java.math.BigDecimal.valueOf(quantity), field + "quantity");
    }

    /** The mode named, or null when none is (the cheapest offered then applies). */
    static FulfilmentMode mode(String requestedMode, String field) {
        if (requestedMode == null || requestedMode.isBlank()) {
            return null;
        }
        try {
            return FulfilmentMode.valueOf(requestedMode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field + "mode", "mode-known", "mode must be DIRECT_PURCHASE, DIRECT_MAIL or FLASH_PURCHASE");
        }
    }

    /** The landed price in {@code mode}, or the cheapest when {@code mode} is null. */
    static LandedPrice price(ProductSnapshot product, FulfilmentMode mode, String field) {
        if (mode == null) {
            return product.prices().stream().findFirst().orElseThrow(() -> new RuleViolation(field + "sku",
                    "available", product.sku() + " cannot be sold now: " + product.unavailable()));
        }
        return product.prices().stream().filter(p -> p.mode() == mode).findFirst()
                .orElseThrow(() -> new RuleViolation(field + "mode", "mode-available", product.sku() + " cannot go "
                        + mode + ": " + product.unavailable().getOrDefault(mode, "not offered")));
    }
}
