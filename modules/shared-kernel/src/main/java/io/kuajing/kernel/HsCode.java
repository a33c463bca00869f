package io.kuajing.kernel;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A Chinese customs commodity code: 8 digits (the tariff line the CBEC positive list uses) or 10 digits
 * (what declarations carry). Dots and spaces, as often written, are removed.
 */
@ValueObject
public record HsCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{10}");
    private static final Pattern SEPARATORS = Pattern.compile("[.\\s]");

    public HsCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("HS code must be 8 or 10 digits: " + value);
        }
    }

    public static HsCode of(String raw) {
        return new HsCode(raw == null ? null : SEPARATORS.matcher(raw).replaceAll(""));
    }

    /** The 8-digit tariff line, the key of the positive list. */
    public String tariffLine() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
