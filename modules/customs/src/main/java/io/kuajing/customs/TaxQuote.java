package io.kuajing.customs;

import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;

/**
 * The taxes of a basket. {@code basis}: CBEC_WITHIN_LIMITS, CBEC_SINGLE_ITEM_FULL_RATE or GENERAL_TRADE. Every
 * tax is rounded to the fen per line (HALF_UP); totals are sums of the line amounts.
 */
public record TaxQuote(Regime regime, LocalDate on, String basis, List<Line> lines, Money tariff, Money consumptionTax,
                       Money vat, Money total) {

    public record Line(String hsCode, Money taxablePrice, Money tariff, Money consumptionTax, Money vat, Money total) {
    }
}
