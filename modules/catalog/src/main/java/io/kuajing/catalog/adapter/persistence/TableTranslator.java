package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.domain.Presentation;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.Translations;
import io.kuajing.catalog.domain.Translator;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/**
 * The default {@link Translator}: the operators' zh-CN translations table; a product without a row is shown in its
 * original language and marked untranslated. Also the {@link Translations} operators write to.
 */
@Singleton
class TableTranslator implements Translator, Translations {

    static final String ZH_CN = "zh-CN";

    private final Jdbc jdbc;

    TableTranslator(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Sku, Presentation> present(Collection<Product> products) {
        Map<Sku, Presentation> presented = new LinkedHashMap<>();
        if (products.isEmpty()) {
            return presented;
        }
        Map<String, Presentation> translated = new HashMap<>();
        List<String> skus = products.stream().map(p -> p.sku().value()).distinct().toList();
        jdbc.query("SELECT sku, title, description FROM catalog_translation WHERE sku IN (" + Jdbc.placeholders(skus.size()) + ")",
                rs -> translated.put(rs.getString(1), new Presentation(rs.getString(2), rs.getString(3), ZH_CN, true)),
                skus.toArray());
        for (Product product : products) {
            presented.put(product.sku(), translated.getOrDefault(product.sku().value(),
                    new Presentation(product.title(), product.description(), product.language(), false)));
        }
        return presented;
    }

    @Override
    public void put(Sku sku, String title, String description, String translatedBy, Instant now) {
        jdbc.update("INSERT INTO catalog_translation (sku, title, description, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE title = VALUES(title), description = VALUES(description),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
                sku.value(), title, description, translatedBy, now);
    }
}
