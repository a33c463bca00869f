package io.kuajing.customs.domain.declaration;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/** The tax bill customs issues for a released inventory list (CEB816): settled 31-45 days after release. */
@ValueObject
public record TaxBill(String taxNo, String invtNo, Money customsTax, Money valueAddedTax, Money consumptionTax) {

    public Money total() {
        return customsTax.plus(valueAddedTax).plus(consumptionTax);
    }
}
