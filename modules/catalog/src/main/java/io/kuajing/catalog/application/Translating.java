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
    public boolean translate(Sku sku, String title, String description, String brand, String translatedBy) {
        Optional<Product> product = products.bySku(sku);
        if (product.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Map<TextField, SourceText> texts = product.get().texts();
        Map<TextField, String> given = new java.util.EnumMap<>(TextField.class);
        given.put(TextField.TITLE, title);
        if (description != null && texts.containsKey(TextField.DESCRIPTION)) {
            given.put(TextField.DESCRIPTION, description);
        }
        if (brand != null && texts.containsKey(TextField.BRAND)) {
            given.put(TextField.BRAND, brand);
        }
        List<MemoryEntry> entries = new ArrayList<>();
        given.keySet().forEach(field -> entries.add(MemoryEntry.waiting(texts.get(field))));
        memory.addNew(entries, now);
        given.forEach((field, text) -> memory.approve(texts.get(field).key(), text.strip(), translatedBy, now));
        return true;
    }
}
