package io.kuajing.kernel;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/** Kuajing's own stable stock-keeping unit: 1-64 characters of letters, digits, '-', '_' and '.'. */
@ValueObject
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU must be 1-64 of [A-Za-z0-9._-], starting alphanumeric: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
