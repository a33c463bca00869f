package io.kuajing.customs.domain.bonded;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.BondedItem;
import io.kuajing.customs.BookEntry;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The account book's stock per (emsNo, item record number) and its movements. Each movement counts once per
 * (kind, reference, item): booking it again is a no-op. Deductions are conditional on the stock, in one statement.
 */
@Repository
@SecondaryPort
public interface BondedStock {

    enum Movement { ENTRY, RELEASE, CANCEL, RETURN }

    /** Adds stock (entry, cancelled or returned goods). @return false when this movement was booked before */
    boolean add(String emsNo, String itemNo, String hsCode, String itemName, BigDecimal qty, Movement kind,
                String reference, Instant now);

    /**
     * Takes stock for a released inventory list.
     *
     * @return false when the book holds less than {@code qty}: nothing was changed then
     */
    boolean deduct(String emsNo, String itemNo, BigDecimal qty, String reference, Instant now);

    BigDecimal quantity(String emsNo, String itemNo);

    /** The item record with its stock; read after an entry added to it, the latest committed HS code and name. */
    Optional<BondedItem> item(String emsNo, String itemNo);

    /** The book's item records by item number. */
    List<BondedItem> items(String emsNo);

    /** The numbers of the books that ever held goods. */
    List<String> books();

    /** The book's movements, the last booked first. */
    List<BookEntry> movements(String emsNo, int limit);
}
