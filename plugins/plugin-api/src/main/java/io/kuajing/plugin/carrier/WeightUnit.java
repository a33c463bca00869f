package io.kuajing.plugin.carrier;

import java.math.BigDecimal;

/** A unit of mass with its exact size in grams (the pound is defined as exactly 453.59237 g). */
public enum WeightUnit {
    GRAM("1"),
    KILOGRAM("1000"),
    POUND("453.59237"),
    OUNCE("28.349523125");

    private final BigDecimal grams;

    WeightUnit(String grams) {
        this.grams = new BigDecimal(grams);
    }

    public BigDecimal grams() {
        return grams;
    }
}
