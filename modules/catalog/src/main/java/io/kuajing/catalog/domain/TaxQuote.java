package io.kuajing.catalog.domain;

import java.util.Objects;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The import taxes on one unit: tariff, consumption tax and VAT, each rounded half up to the fen, and their sum.
 * {@code basis} says which rules applied (CBEC within limits at 70%, CBEC over the single-transaction limit, general trade).
 */
@ValueObject
public record TaxQuote(Money tariff, Money consumptionTax, Money vat, String basis) {

    public TaxQuote {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(consumptionTax, "consumptionTax");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(basis, "basis");
    }

    public Money total() {
        return tariff.plus(consumptionTax).plus(vat);
    }
}
