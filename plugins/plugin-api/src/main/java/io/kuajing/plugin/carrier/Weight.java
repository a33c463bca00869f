package io.kuajing.plugin.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A gross weight with its unit. Conversions to grams and kilograms are exact; others round up (carriers bill started units). */
public record Weight(BigDecimal value, WeightUnit unit) implements Comparable<Weight> {

    public Weight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + value);
        }
    }

    public static Weight grams(long grams) {
        return new Weight(BigDecimal.valueOf(grams), WeightUnit.GRAM);
    }

    public static Weight kilograms(String kilograms) {
        return new Weight(new BigDecimal(kilograms), WeightUnit.KILOGRAM);
    }

    public static Weight of(String value, WeightUnit unit) {
        return new Weight(new BigDecimal(value), unit);
    }

    /** Exact grams, trailing zeros stripped. */
    public BigDecimal inGrams() {
        return normal(value.multiply(unit.grams()));
    }

    /** Exact kilograms (a gram count always divides by 1000 exactly). */
    public BigDecimal inKilograms() {
        return normal(inGrams().movePointLeft(3));
    }

    /** In {@code target} units at {@code scale} decimals, rounded up when not exact. */
    public BigDecimal in(WeightUnit target, int scale) {
        return inGrams().divide(target.grams(), scale, RoundingMode.UP);
    }

    /** Whole grams rounded up, for carriers that take an integer gram count. */
    public long wholeGramsRoundedUp() {
        return inGrams().setScale(0, RoundingMode.UP).longValueExact();
    }

    public Weight plus(Weight other) {
        return new Weight(inGrams().add(other.inGrams()), WeightUnit.GRAM);
    }

    @Override
    public int compareTo(Weight other) {
        return inGrams().compareTo(other.inGrams());
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
