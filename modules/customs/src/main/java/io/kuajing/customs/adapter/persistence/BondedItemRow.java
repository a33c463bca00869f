package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.customs.BondedItem;
import io.kuajing.kernel.HsCode;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_bonded_stock}, keyed by (book, item record); only native statements touch it. */
@MappedEntity("customs_bonded_stock")
record BondedItemRow(String emsNo, String itemNo, String hsCode, String itemName, BigDecimal quantity) {

    BondedItem item() {
        return new BondedItem(emsNo, itemNo, HsCode.of(hsCode), itemName, quantity);
    }
}
