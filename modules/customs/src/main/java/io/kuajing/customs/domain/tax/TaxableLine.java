package io.kuajing.customs.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One basket line as customs taxes it. {@code taxablePrice} is the line's dutiable value: retail price times
 * quantity plus its share of freight and insurance (财关税〔2016〕18号: 实际交易价格). {@code contentPerUnit}, in ml
 * or g, is set for goods whose consumption tax depends on price per ml/g (cosmetics); null means "per piece".
 */
@ValueObject
public record TaxableLine(HsCode hsCode, Money taxablePrice, int quantity, BigDecimal contentPerUnit) {

    public TaxableLine {
        Objects.requireNonNull(hsCode, "hsCode");
        Objects.requireNonNull(taxablePrice, "taxablePrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    BigDecimal unitPrice() {
        return taxablePrice.amount().divide(BigDecimal.valueOf(quantity), 10, java.math.RoundingMode.HALF_UP);
    }
}
