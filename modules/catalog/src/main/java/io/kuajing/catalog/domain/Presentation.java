package io.kuajing.catalog.domain;

import java.util.Map;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a product is shown and declared. {@code translated}: its title (and its brand, when it has one) have an
 * approved zh-CN translation of what the source says today — only then is it listed to consumers and declared to
 * customs, with the approved texts. Otherwise the original title, for operators, and {@code translated = false}.
 * Description, category and specification are the approved zh-CN when there is one (else null; the category stays
 * in the original words, it is a filter key).
 */
@ValueObject
public record Presentation(String title, String description, String language, boolean translated, String brand,
                           String category, String specification) {

    public Presentation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }

    /** The product as the approved translations of its texts today ({@code approved}: source key -> zh-CN) show it. */
    public static Presentation of(Product product, Map<String, String> approved) {
        Map<TextField, SourceText> texts = product.texts();
        String title = approvedOf(texts, TextField.TITLE, approved);
        String brand = approvedOf(texts, TextField.BRAND, approved);
        boolean translated = title != null && (brand != null || !texts.containsKey(TextField.BRAND));
        String category = approvedOf(texts, TextField.CATEGORY, approved);
        if (!translated) {
            return new Presentation(product.title(), product.description(), product.language(), false, product.brand(),
                    product.category(), approvedOf(texts, TextField.SPECIFICATION, approved));
        }
        return new Presentation(title, approvedOf(texts, TextField.DESCRIPTION, approved), SourceText.TARGET, true,
                brand, category == null ? product.category() : category, approvedOf(texts, TextField.SPECIFICATION, approved));
    }

    private static String approvedOf(Map<TextField, SourceText> texts, TextField field, Map<String, String> approved) {
        SourceText text = texts.get(field);
        return text == null ? null : approved.get(text.key());
    }
}
