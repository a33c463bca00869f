package io.kuajing.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;

/**
 * A basket to tax under a regime on a date (null: today in China). Each line's {@code taxablePrice} is its
 * retail price times quantity plus its share of freight and insurance, in CNY; {@code contentPerUnit} (ml or g)
 * is given for cosmetics priced by volume or weight, null for goods priced per piece.
 */
public record TaxQuoteRequest(Regime regime, LocalDate on, List<Line> lines) {

    public TaxQuoteRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(HsCode hsCode, Money taxablePrice, int quantity, BigDecimal contentPerUnit) {
    }
}
