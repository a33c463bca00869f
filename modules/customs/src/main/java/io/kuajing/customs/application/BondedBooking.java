package io.kuajing.customs.application;

import java.math.BigDecimal;
import java.time.Clock;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.kernel.RuleViolation;
import jakarta.inject.Singleton;

/** The bonded account book: entries, deductions at release, stock put back on cancellation and return. */
@Singleton
class BondedBooking implements BondedBook {

    private final BondedStock stock;
    private final Transactions transactions;
    private final Clock clock;

    BondedBooking(BondedStock stock, Transactions transactions, Clock clock) {
        this.stock = stock;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void recordEntry(BondedEntry entry) {
        if (entry.emsNo() == null || entry.emsNo().isBlank()) {
            throw new RuleViolation("emsNo", "required", "the account book number (emsNo) is required");
        }
        if (entry.entryNo() == null || entry.entryNo().isBlank()) {
            throw new RuleViolation("entryNo", "required", "the entry list number is required");
        }
        for (int i = 0; i < entry.items().size(); i++) {
            if (entry.items().get(i).qty() == null || entry.items().get(i).qty().signum() <= 0) {
                throw new RuleViolation("items[" + i + "].qty", "positive", "an entry brings a positive quantity");
            }
        }
        transactions.write(() -> {
            for (BondedEntry.Item item : entry.items()) {
                stock.add(entry.emsNo(), item.itemNo(), item.hsCode().value(), item.itemName(), item.qty(),
                        BondedStock.Movement.ENTRY, entry.entryNo(), clock.instant());
            }
            return null;
        });
    }

    @Override
    public BigDecimal stock(String emsNo, String itemNo) {
        return transactions.read(() -> stock.quantity(emsNo, itemNo));
    }

    /** Whether the book holds enough for every line now (a hint at declaring; release deducts for real). */
    void checkAvailable(String emsNo, java.util.List<io.kuajing.customs.DeclaredLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            BigDecimal onBook = stock.quantity(emsNo, line.itemNo());
            if (onBook.compareTo(line.qty()) < 0) {
                throw new RuleViolation("lines[" + i + "].qty", "bonded-stock", "account book " + emsNo + " holds "
                        + onBook.stripTrailingZeros().toPlainString() + " of item " + line.itemNo());
            }
        }
    }

    /** Deducts a released declaration's lines, in the caller's transaction; all or nothing. */
    void deductReleased(Declaration d) {
        for (DeclarationLine line : d.lines()) {
            if (!stock.deduct(d.emsNo(), line.itemNo(), line.qty(), d.orderNo(), clock.instant())) {
                throw new RuleViolation("lines[gnum=" + line.gnum() + "].qty", "bonded-stock", "account book "
                        + d.emsNo() + " holds less than " + line.qty().toPlainString() + " of item " + line.itemNo());
            }
        }
    }

    /**
     * Puts back goods of a declaration (a cancelled release, or returned quantities). {@code reference} makes the
     * movement count once: the order number for a cancellation, order and cumulative quantity for a return.
     */
    void putBack(Declaration d, DeclarationLine line, BigDecimal qty, BondedStock.Movement kind, String reference) {
        stock.add(d.emsNo(), line.itemNo(), line.hsCode().value(), line.itemName(), qty, kind, reference, clock.instant());
    }
}
