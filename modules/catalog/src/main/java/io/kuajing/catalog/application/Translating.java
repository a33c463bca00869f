package io.kuajing.catalog.application;

import java.time.Clock;

import io.kuajing.catalog.TranslatingProducts;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.Translations;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Operators giving a product its zh-CN title and description, and classifying it. */
@Singleton
public class Translating implements TranslatingProducts {

    private final Products products;
    private final Translations translations;
    private final Clock clock;

    Translating(Products products, Translations translations, Clock clock) {
        this.products = products;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public boolean classify(Sku sku, String hsCode, String classifiedBy) {
        HsCode code;
        try {
            code = HsCode.of(hsCode);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("hsCode", "hs-code", e.getMessage());
        }
        return products.classify(sku, code, classifiedBy, clock.instant());
    }

    @Override
    public boolean translate(Sku sku, String title, String description, String translatedBy) {
        if (products.bySku(sku).isEmpty()) {
            return false;
        }
        translations.put(sku, title, description, translatedBy, clock.instant());
        return true;
    }
}
