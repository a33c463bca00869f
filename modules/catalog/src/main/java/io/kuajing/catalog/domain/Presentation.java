package io.kuajing.catalog.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a product is shown to a Chinese consumer: title and description in zh-CN when translated; otherwise the
 * original text with {@code translated = false}, so the page can say so and operators see what is missing.
 */
@ValueObject
public record Presentation(String title, String description, String language, boolean translated) {

    public Presentation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }
}
