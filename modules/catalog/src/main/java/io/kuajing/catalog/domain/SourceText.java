package io.kuajing.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A text to translate into zh-CN, in its source language (the primary subtag: {@code en}, {@code ja}). Its
 * {@link #key()} names it in the translation memory: the same words in the same language are translated once, for
 * every product and every import that says them.
 */
@ValueObject
public record SourceText(String text, String language) {

    public static final String TARGET = "zh-CN";

    public SourceText {
        Objects.requireNonNull(text, "text");
        language = primary(Objects.requireNonNull(language, "language"));
    }

    /** 32 hex characters of the SHA-256 of language pair and text. */
    public String key() {
        return keyOf(text, language);
    }

    public static String keyOf(String text, String language) {
        String content = primary(language) + "\u0000" + TARGET + "\u0000" + text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code en-US} and {@code en_GB} are both {@code en}: the words decide the translation, not the market. */
    static String primary(String language) {
        String tag = language.strip().replace('_', '-');
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
