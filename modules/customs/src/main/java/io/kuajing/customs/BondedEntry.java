package io.kuajing.customs;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.kernel.HsCode;

/** An entry list into the bonded warehouse: the account book, the entry's number and its items. */
public record BondedEntry(String emsNo, String entryNo, List<Item> items) {

    public BondedEntry {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** An item record number (备案序号 / item no) and the quantity entering. */
    public record Item(String itemNo, HsCode hsCode, String itemName, BigDecimal qty) {
    }
}
