package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.HsCode;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_bonded_entry_item}, keyed by (entry, item record); only native statements touch it. */
@MappedEntity("customs_bonded_entry_item")
record EntryItemRow(String entryNo, int lineNo, String itemNo, String hsCode, String itemName, BigDecimal qty) {

    static EntryItemRow of(String entryNo, int lineNo, BondedEntry.Item item) {
        return new EntryItemRow(entryNo, lineNo, item.itemNo(), item.hsCode().value(), item.itemName(), item.qty());
    }

    BondedEntry.Item item() {
        return new BondedEntry.Item(itemNo, HsCode.of(hsCode), itemName, qty);
    }
}
