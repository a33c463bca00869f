package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A price a vendor gave in CNY, converted into a marketplace's currency at the settlement rate in force on the day
 * (CNY per unit, from {@code rateFrom}): kept with the push so the marketplace's price can be traced to the CNY asked.
 */
@ValueObject
public record PriceConversion(Money priceCny, BigDecimal cnyPerUnit, LocalDate rateFrom, Money price) {

    /**
     * {@code priceCny} in {@code currency} at the rate in force on {@code day}, rounded once, HALF_UP, to the
     * currency's scale (whole yen, cents); no rate that day, or a result of zero, is refused naming {@code priceCny}.
     */
    public static PriceConversion of(Money priceCny, Currency currency, LocalDate day, SettlementRates rates) {
        SettlementRates.Rate rate = rates.on(currency, day, "priceCny");
        BigDecimal amount = priceCny.amount().divide(rate.cnyPerUnit(), currency.getDefaultFractionDigits(), Money.ROUNDING);
        if (amount.signum() <= 0) {
            throw new RuleViolation("priceCny", "positive", priceCny.amount() + " CNY is less than the smallest "
                    + currency.getCurrencyCode() + " price at " + rate.cnyPerUnit());
        }
        return new PriceConversion(priceCny, rate.cnyPerUnit(), rate.effectiveFrom(), new Money(amount, currency));
    }
}
