package io.kuajing.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;

import io.kuajing.customs.AccountBook;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BookEntry;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.BondedItem;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.customs.domain.bonded.EntryListRules;
import io.kuajing.customs.domain.bonded.EntryLists;
import io.kuajing.kernel.HsCode;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/** The bonded account book: entry lists (recorded once per number), deductions at release, stock put back on cancellation and return. */
@Singleton
class BondedBooking implements BondedBook {

    private final BondedStock stock;
    private final EntryLists entries;
    private final Declarants declarants;
    private final Transactions transactions;
    private final Clock clock;

    BondedBooking(BondedStock stock, EntryLists entries, Declarants declarants, Transactions transactions, Clock clock) {
        this.stock = stock;
        this.entries = entries;
        this.declarants = declarants;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<String> bookOf(String warehouse) {
        return declarants.bondedBookOf(warehouse);
    }

    @Override
    public RecordedEntry recordEntry(BondedEntry entry) {
        EntryListRules.check(entry);
        Instant now = clock.instant();
        return transactions.write(() -> {
            if (!entries.add(entry, now)) {
                RecordedEntry recorded = entries.recorded(entry.entryNo()).orElseThrow();
                EntryListRules.requireSameAs(recorded.entry(), entry);
                return recorded;
            }
            for (int i = 0; i < entry.items().size(); i++) {
                BondedEntry.Item item = entry.items().get(i);
                stock.add(entry.emsNo(), item.itemNo(), item.hsCode().value(), item.itemName(), item.qty(),
                        BondedStock.Movement.ENTRY, entry.entryNo(), now);
                requireItemRecordsHsCode(entry.emsNo(), item, "items[" + i + "].hsCode");
            }
            // Answered as the database keeps it (time precision, quantity scale), so recording it again answers the same.
            RecordedEntry recorded = entries.added(entry.entryNo());
            return new RecordedEntry(recorded.entry(), recorded.recordedAt(), false);
        });
    }

    /**
     * An item record keeps the HS code it first entered with: releases deduct by item number while customs reads the
     * HS code. Checked after the entry's update locked the row, so two first entries of one item cannot both pass.
     */
    private void requireItemRecordsHsCode(String emsNo, BondedEntry.Item item, String field) {
        HsCode onBook = stock.item(emsNo, item.itemNo()).orElseThrow().hsCode();
        if (!onBook.equals(item.hsCode())) {
            throw new RuleViolation(field, "item-record-hs-code", "item " + item.itemNo() + " of account book " + emsNo
                    + " is recorded under HS code " + onBook);
        }
    }

    @Override
    public BigDecimal stock(String emsNo, String itemNo) {
        return transactions.read(() -> stock.quantity(emsNo, itemNo));
    }

    @Override
    public Optional<BondedItem> item(String emsNo, String itemNo) {
        EntryListRules.checkEmsNo(emsNo);
        return transactions.read(() -> stock.item(emsNo, itemNo));
    }

    @Override
    public List<BondedItem> items(String emsNo) {
        EntryListRules.checkEmsNo(emsNo);
        return transactions.read(() -> stock.items(emsNo));
    }

    @Override
    public List<AccountBook> books() {
        Map<String, String> warehouses = new TreeMap<>();
        declarants.bondedBooks().forEach((warehouse, emsNo) -> warehouses.putIfAbsent(emsNo, warehouse));
        return transactions.read(() -> {
            Set<String> numbers = new TreeSet<>(warehouses.keySet());
            numbers.addAll(stock.books());
            return numbers.stream().map(emsNo -> new AccountBook(emsNo, warehouses.get(emsNo), stock.items(emsNo))).toList();
        });
    }

    @Override
    public List<BookEntry> entries(String emsNo, int limit) {
        EntryListRules.checkEmsNo(emsNo);
        return transactions.read(() -> stock.movements(emsNo, limit));
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
