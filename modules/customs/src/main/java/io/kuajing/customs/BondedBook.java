package io.kuajing.customs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The bonded warehouse account book (电子账册, emsNo) for online bonded import (1210/1239): goods entered under
 * bond per item record number; each released inventory list deducts from it, returns put stock back, and the
 * stock never goes negative.
 */
public interface BondedBook {

    /**
     * Books an entry list (goods entering the bonded warehouse). The entry list number is recorded once: the same
     * entry again changes nothing ({@link RecordedEntry#repeated()}); the same number with other content is refused
     * with {@link BondedEntryConflict}.
     */
    RecordedEntry recordEntry(BondedEntry entry);

    /**
     * The account book (emsNo) customs registered for a bonded warehouse ({@code kuajing.customs.parties.bonded-books}),
     * if any: what the warehouse's goods leave under bond from.
     */
    Optional<String> bookOf(String warehouse);

    /** The quantity on the book for an item record number (0 when the book never held it). */
    BigDecimal stock(String emsNo, String itemNo);

    /** An item record of the book with its stock. */
    Optional<BondedItem> item(String emsNo, String itemNo);

    /** Every item record of the book with its stock, by item number. */
    List<BondedItem> items(String emsNo);

    /** Every account book, registered for a warehouse or holding goods, by number, with its item records. */
    List<AccountBook> books();

    /** The book's latest movements, newest first in the order they were booked (ties in time keep that order). */
    List<BookEntry> entries(String emsNo, int limit);
}
