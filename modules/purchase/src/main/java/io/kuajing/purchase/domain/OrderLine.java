package io.kuajing.purchase.domain;

import java.util.Objects;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One product on an order at the price the consumer accepted at checkout (a snapshot: later price changes do not
 * touch placed orders), with its HS code for customs and its tax share.
 */
@ValueObject
public record OrderLine(Sku sku, String title, HsCode hsCode, int quantity, Money unitPrice, Money tax) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(tax, "tax");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public Money goodsValue() {
        return unitPrice.times(quantity);
    }
}
