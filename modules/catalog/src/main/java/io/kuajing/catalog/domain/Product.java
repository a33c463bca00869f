package io.kuajing.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A product Kuajing can sell, under its own stable SKU, described as the marketplace that first listed it describes
 * it (original language). Its zh-CN presentation lives in the translations; offers refer to it by SKU.
 *
 * @param source      the marketplace whose import owns the description (other marketplaces only add offers)
 * @param hsCode      the Chinese HS code, when classified (an operator's wins over the feed's); without one the
 *                    product is direct purchase only
 * @param weightGrams shipping weight for freight estimates; null when unknown
 * @param origin      the goods' country of origin (an operator's wins over the feed's); null when nobody said it
 */
@AggregateRoot
public record Product(@Identity Sku sku, ProductIdentity identity, String source, String sourceRef, String title,
                      String description, String language, String brand, String category, String gtin, HsCode hsCode,
                      Integer weightGrams, CountryCode origin) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }

    public Optional<HsCode> classification() {
        return Optional.ofNullable(hsCode);
    }

    /** The texts consumers read and customs declares, each in the product's language (brand and category may be null). */
    public java.util.Map<TextField, SourceText> texts() {
        java.util.Map<TextField, SourceText> texts = new java.util.EnumMap<>(TextField.class);
        texts.put(TextField.TITLE, new SourceText(title, language));
        put(texts, TextField.DESCRIPTION, description);
        put(texts, TextField.BRAND, brand);
        put(texts, TextField.CATEGORY, category);
        put(texts, TextField.SPECIFICATION, Specification.in(title));
        return texts;
    }

    private void put(java.util.Map<TextField, SourceText> texts, TextField field, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(field, new SourceText(text.strip(), language));
        }
    }

    /**
     * A digest of everything an import may change, so a re-import compares 32 characters per product instead of
     * reading descriptions back.
     */
    public String contentHash() {
        String content = String.join("\u0000", title, String.valueOf(description), language, String.valueOf(brand),
                String.valueOf(category), String.valueOf(gtin), String.valueOf(hsCode), String.valueOf(weightGrams),
                sourceRef) + (origin == null ? "" : "\u0000" + origin.value()); // products without origin keep their hash
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
