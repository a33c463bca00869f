package io.kuajing.customs.domain.declaration;

import java.math.BigDecimal;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A declared goods line as kept after declaring: enough to deduct the bonded book and to return goods.
 * {@code requestedReturnQty} is on its way back (CEB625 sent), {@code returnedQty} came back with customs' approval.
 */
@ValueObject
public record DeclarationLine(int gnum, String itemNo, String itemName, HsCode hsCode, String unit, BigDecimal qty,
                              Money totalPrice, BigDecimal returnedQty, BigDecimal requestedReturnQty) {

    public BigDecimal returnable() {
        return qty.subtract(returnedQty).subtract(requestedReturnQty);
    }

    /** The declared value of {@code quantity} of this line: its share of the line total. */
    public Money valueOf(BigDecimal quantity) {
        return totalPrice.times(quantity.divide(qty, java.math.MathContext.DECIMAL128));
    }

    DeclarationLine requesting(BigDecimal quantity) {
        return new DeclarationLine(gnum, itemNo, itemName, hsCode, unit, qty, totalPrice, returnedQty, quantity);
    }

    DeclarationLine settled(boolean approved) {
        return new DeclarationLine(gnum, itemNo, itemName, hsCode, unit, qty, totalPrice,
                approved ? returnedQty.add(requestedReturnQty) : returnedQty, BigDecimal.ZERO);
    }
}
