package io.kuajing.export.domain;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/** One line of an export order: the vendor's listing, how many, at the marketplace's unit price (sale currency). */
@ValueObject
public record ExportOrderLine(int lineNo, Sku sku, int quantity, Money unitPrice) {

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
