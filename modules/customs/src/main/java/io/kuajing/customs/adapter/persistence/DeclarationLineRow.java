package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.kernel.HsCode;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code customs_declaration_line}, keyed by (order, gnum). No {@code @Id}: only native statements touch
 * it, so the composite key needs no embedded-id type.
 */
@MappedEntity("customs_declaration_line")
record DeclarationLineRow(String orderNo, int gnum, String itemNo, String itemName, String hsCode, String unit,
                          BigDecimal qty, BigDecimal totalPrice, BigDecimal returnedQty, BigDecimal requestedReturnQty) {

    static DeclarationLineRow of(String orderNo, DeclarationLine l) {
        return new DeclarationLineRow(orderNo, l.gnum(), l.itemNo(), l.itemName(), l.hsCode().value(), l.unit(), l.qty(),
                Cny.amount(l.totalPrice()), l.returnedQty(), l.requestedReturnQty());
    }

    DeclarationLine line() {
        return new DeclarationLine(gnum, itemNo, itemName, HsCode.of(hsCode), unit, qty, Cny.of(totalPrice),
                returnedQty, requestedReturnQty);
    }
}
