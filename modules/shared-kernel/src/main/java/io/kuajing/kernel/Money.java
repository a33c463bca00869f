package io.kuajing.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in one currency, held at the currency's minor-unit scale (CNY: 2, the fen; JPY: 0).
 *
 * <p>Never a double. Arithmetic across currencies is refused: conversion is an explicit, dated FX step.
 * Amounts are rounded HALF_UP to the minor unit, the rule Chinese customs uses for tax to the fen.
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.getDefaultFractionDigits(), ROUNDING);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** Multiplies, then rounds once to the minor unit. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long quantity) {
        return times(BigDecimal.valueOf(quantity));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
