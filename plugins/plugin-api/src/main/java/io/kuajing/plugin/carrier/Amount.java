package io.kuajing.plugin.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency at the currency's minor-unit scale (CNY: fen). The SPI's own money, never a
 * double; it refuses amounts finer than the minor unit instead of rounding them away silently.
 */
public record Amount(BigDecimal value, String currency) implements Comparable<Amount> {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(value.toPlainString() + " " + currency + " is finer than the minor unit");
        }
        value = value.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency);
    }

    public static Amount cny(String value) {
        return of(value, "CNY");
    }

    /** From minor units (fen, cents) as many carrier APIs send them: 1234 CNY minor units = 12.34 CNY. */
    public static Amount ofMinorUnits(long minorUnits, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new Amount(BigDecimal.valueOf(minorUnits, digits), currency);
    }

    /** Rounds HALF_UP to the minor unit: for carriers whose quotes carry more decimals than the currency has. */
    public static Amount rounded(BigDecimal value, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new Amount(value.setScale(digits, RoundingMode.HALF_UP), currency);
    }

    public static Amount zero(String currency) {
        return new Amount(BigDecimal.ZERO, currency);
    }

    /** The amount in minor units, exact. */
    public long minorUnits() {
        return value.movePointRight(value.scale()).longValueExact();
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(same(other).value), currency);
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(same(other).value);
    }

    private Amount same(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + currency;
    }
}
