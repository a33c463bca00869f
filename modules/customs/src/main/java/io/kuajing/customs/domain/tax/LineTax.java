package io.kuajing.customs.domain.tax;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/** The taxes of one basket line, each already rounded to the fen. */
@ValueObject
public record LineTax(HsCode hsCode, Money taxablePrice, Money tariff, Money consumptionTax, Money vat) {

    public Money total() {
        return tariff.plus(consumptionTax).plus(vat);
    }
}
