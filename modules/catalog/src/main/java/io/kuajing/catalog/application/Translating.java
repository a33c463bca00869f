package io.kuajing.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.TranslatingProducts;
import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.SourceText;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Operators giving a product its zh-CN title and description, classifying it, and stating its origin. */
@Singleton
public class Translating implements TranslatingProducts {

    private final Products products;
    private final TranslationMemory memory;
    private final Clock clock;

    Translating(Products products, TranslationMemory memory, Clock clock) {
        this.products = products;
        this.memory = memory;
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
    public boolean setOrigin(Sku sku, String countryCode, String setBy) {
        CountryCode origin;
        try {
            origin = CountryCode.of(countryCode == null ? "" : countryCode.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("countryCode", "country-code", e.getMessage());
        }
        return products.setOrigin(sku, origin, setBy, clock.instant());
    }

    /** The product's title (and description) as it says them today, approved by this operator. */
    @Override
    public boolean translate(Sku sku, String title, String description, String translatedBy) {
        Optional<Product> product = products.bySku(sku);
        if (product.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Map<TextField, SourceText> texts = product.get().texts();
        List<MemoryEntry> entries = new ArrayList<>();
        entries.add(MemoryEntry.waiting(texts.get(TextField.TITLE)));
        if (description != null && texts.containsKey(TextField.DESCRIPTION)) {
            entries.add(MemoryEntry.waiting(texts.get(TextField.DESCRIPTION)));
        }
        memory.addNew(entries, now);
        memory.approve(texts.get(TextField.TITLE).key(), title, translatedBy, now);
        if (description != null && texts.containsKey(TextField.DESCRIPTION)) {
            memory.approve(texts.get(TextField.DESCRIPTION).key(), description, translatedBy, now);
        }
        return true;
    }
}
