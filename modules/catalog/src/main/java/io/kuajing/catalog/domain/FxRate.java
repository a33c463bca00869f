package io.kuajing.catalog.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * CNY per one unit of a foreign currency, in force from a date (for example the PBoC central parity published for
 * that day). The conversion rule lives here so it exists once: multiply the exact foreign amount by the exact rate,
 * then round ONCE, half up, to the fen (0.01 CNY). Never round the rate, never convert through a double.
 */
@ValueObject
public record FxRate(Currency currency, BigDecimal cnyPerUnit, LocalDate effectiveFrom, String source) {

    public FxRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(cnyPerUnit, "cnyPerUnit");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (cnyPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("an FX rate is positive: " + cnyPerUnit);
        }
    }

    public Money toCny(Money foreign) {
        if (!foreign.currency().equals(currency)) {
            throw new IllegalArgumentException("rate for " + currency + " cannot convert " + foreign);
        }
        // Money's constructor rounds to the CNY scale (2) with HALF_UP: the one rounding step.
        return new Money(foreign.amount().multiply(cnyPerUnit), Money.CNY);
    }
}
