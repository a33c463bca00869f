package io.kuajing.purchase.domain;

import java.util.Objects;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One product on an order at the price the consumer accepted at checkout (a snapshot: later price changes do not
 * touch placed orders), with its HS code for customs, its tax share, what shipping needs (the unit weight and the
 * country the goods ship from) and what customs declares of the product: its reviewed Chinese title, brand,
 * zh-CN specification (规格) and country of origin — each null when the product did not say (origin is never taken
 * from the warehouse that ships it) —, and the overseas marketplace the goods are bought from (the offer it was priced
 * from; null on lines placed before it was kept).
 */
@ValueObject
public record OrderLine(Sku sku, String title, HsCode hsCode, int quantity, Money unitPrice, Money tax,
                        Integer unitWeightGrams, CountryCode origin, CountryCode shipsFrom, String brand,
                        String specification, String sourceMarketplace) {

    public OrderLine(Sku sku, String title, HsCode hsCode, int quantity, Money unitPrice, Money tax) {
        this(sku, title, hsCode, quantity, unitPrice, tax, null, null, null, null, null, null);
    }

    public OrderLine(Sku sku, String title, HsCode hsCode, int quantity, Money unitPrice, Money tax,
                     Integer unitWeightGrams, CountryCode origin) {
        this(sku, title, hsCode, quantity, unitPrice, tax, unitWeightGrams, origin, null, null, null, null);
    }

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
