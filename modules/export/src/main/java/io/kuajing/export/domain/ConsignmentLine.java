package io.kuajing.export.domain;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;

/**
 * Units of one listing in a consignment, at the listing's declared value per unit (CNY) when it was recorded: what
 * the list limit was checked on and what customs is told, whatever the listing says later.
 */
public record ConsignmentLine(int lineNo, Sku sku, int quantity, Money unitValue) {

    public Money declaredValue() {
        return unitValue.times(quantity);
    }
}
