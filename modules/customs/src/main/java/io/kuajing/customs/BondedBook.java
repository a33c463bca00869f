package io.kuajing.customs;

import java.math.BigDecimal;

/**
 * The bonded warehouse account book (电子账册, emsNo) for online bonded import (1210/1239): goods entered under
 * bond per item record number; each released inventory list deducts from it, returns put stock back, and the
 * stock never goes negative.
 */
public interface BondedBook {

    /** Books an entry list (goods entering the bonded warehouse); booking the same entry again changes nothing. */
    void recordEntry(BondedEntry entry);

    /** The quantity on the book for an item record number. */
    BigDecimal stock(String emsNo, String itemNo);
}
