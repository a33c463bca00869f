package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;

/**
 * The dated FX rates a vendor's sales abroad are settled at (CNY per unit of the sale currency), from
 * config/export/settlement-fx-rates.csv: the rate of a sale is the one in force on its day (China time), never
 * today's, so a statement printed twice says the same.
 */
public final class SettlementRates {

    /** One rate: CNY per one unit of {@code currency} from {@code effectiveFrom}, and where it was taken from. */
    public record Rate(Currency currency, LocalDate effectiveFrom, BigDecimal cnyPerUnit, String source) implements DatedRow {
    }

    private final Map<Currency, List<Rate>> byCurrency;

    public SettlementRates(List<Rate> rates) {
        this.byCurrency = rates.stream().collect(Collectors.groupingBy(Rate::currency));
    }

    /** The rate in force on {@code day}; a sale before the table's first rate cannot be settled: refused, naming it. */
    public Rate on(Currency currency, LocalDate day, String field) {
        if (Money.CNY.equals(currency)) {
            return new Rate(currency, day, BigDecimal.ONE, "CNY");
        }
        return DatedRow.inForce(byCurrency.getOrDefault(currency, List.of()), day).orElseThrow(() -> new RuleViolation(
                field, "fx-rate-missing", "no settlement rate for " + currency + " on " + day
                        + " in config/export/settlement-fx-rates.csv"));
    }

    /** {@code amount} in CNY at {@code rate}, rounded once to the fen. */
    public static Money toCny(Money amount, Rate rate) {
        return new Money(amount.amount().multiply(rate.cnyPerUnit()), Money.CNY);
    }
}
