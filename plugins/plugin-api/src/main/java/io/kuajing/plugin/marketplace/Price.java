package io.kuajing.plugin.marketplace;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A price as the marketplace states it: an exact decimal and an ISO 4217 currency code. Never a double; the host
 * converts it to money at the currency's scale and to CNY with a dated FX rate.
 */
public record Price(BigDecimal amount, String currency) {

    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a price is never negative: " + amount);
        }
        // Validates the code; throws IllegalArgumentException for an unknown one.
        Currency.getInstance(currency);
    }

    public static Price of(String amount, String currency) {
        return new Price(new BigDecimal(amount), currency);
    }
}
