package io.kuajing.customs.domain.tax;

import java.util.List;
import java.util.function.Function;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/** The taxes of a basket: per line and, as sums of the rounded line amounts, in total. */
@ValueObject
public record BasketTax(TaxBasis basis, List<LineTax> lines) {

    public BasketTax {
        lines = List.copyOf(lines);
    }

    public Money tariff() {
        return sum(LineTax::tariff);
    }

    public Money consumptionTax() {
        return sum(LineTax::consumptionTax);
    }

    public Money vat() {
        return sum(LineTax::vat);
    }

    public Money total() {
        return sum(LineTax::total);
    }

    public Money taxablePrice() {
        return sum(LineTax::taxablePrice);
    }

    private Money sum(Function<LineTax, Money> part) {
        return lines.stream().map(part).reduce(Money.zero(Money.CNY), Money::plus);
    }
}
