package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.BondedEntryConflict;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.platform.Transactions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BondedBookTest implements WithTestDatabase {

    static final HsCode MILK = HsCode.of("0402100000");
    static final HsCode TEA = HsCode.of("0902300000");

    @Inject
    BondedBook book;
    @Inject
    BondedStock stock;
    @Inject
    Transactions transactions;

    @Test
    void anEntryBookedTwiceCountsOnce() {
        BondedEntry entry = new BondedEntry("T2900WBOOKA1", "ENTRY-1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("12"))));
        book.recordEntry(entry);
        book.recordEntry(entry);
        assertEquals(0, new BigDecimal("12").compareTo(book.stock("T2900WBOOKA1", "MILK-800G")));
        assertEquals("items[0].qty", assertThrows(RuleViolation.class, () -> book.recordEntry(new BondedEntry("T2900WBOOKA1", "ENTRY-2",
                List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", BigDecimal.ZERO))))).field());
    }

    @Test
    void anEntryNumberSentAgainWithOtherContentIsAConflictAndChangesNothing() {
        BondedEntry entry = new BondedEntry("T2900WBOOKD1", "ENTRY-D1", List.of(milk("5"), new BondedEntry.Item("TEA-100G", TEA, "红茶", new BigDecimal("7"))));
        RecordedEntry first = book.recordEntry(entry);
        RecordedEntry again = book.recordEntry(entry);
        assertFalse(first.repeated());
        assertTrue(again.repeated());
        assertEquals(first.recordedAt(), again.recordedAt());
        assertEquals(first.entry().items().stream().map(BondedEntry.Item::itemNo).toList(),
                again.entry().items().stream().map(BondedEntry.Item::itemNo).toList());

        assertEquals("items[0].qty", conflict(new BondedEntry("T2900WBOOKD1", "ENTRY-D1", List.of(milk("6"), entry.items().get(1)))));
        assertEquals("items[1].itemNo", conflict(new BondedEntry("T2900WBOOKD1", "ENTRY-D1", List.of(milk("5"), milkAs("MILK-400G")))));
        assertEquals("items", conflict(new BondedEntry("T2900WBOOKD1", "ENTRY-D1", List.of(milk("5")))));
        assertEquals("emsNo", conflict(new BondedEntry("T2900WBOOKD2", "ENTRY-D1", entry.items())));
        assertEquals(0, new BigDecimal("5").compareTo(book.stock("T2900WBOOKD1", "MILK-800G")));
        assertEquals(0, BigDecimal.ZERO.compareTo(book.stock("T2900WBOOKD2", "MILK-800G")));
    }

    @Test
    void anEntryTheBookCannotRecordIsRefusedNamingTheFieldAndTheRule() {
        assertRefused("emsNo", "ems-no-format", new BondedEntry("EMS-1", "ENTRY-E1", List.of(milk("1"))));
        assertRefused("entryNo", "required", new BondedEntry("T2900WBOOKE1", " ", List.of(milk("1"))));
        assertRefused("items", "not-empty", new BondedEntry("T2900WBOOKE1", "ENTRY-E1", List.of()));
        assertRefused("items[0].qty", "positive-whole", new BondedEntry("T2900WBOOKE1", "ENTRY-E1", List.of(milk("1.5"))));
        assertRefused("items[0].hsCode", "hs-code", new BondedEntry("T2900WBOOKE1", "ENTRY-E1",
                List.of(new BondedEntry.Item("MILK-800G", HsCode.of("04021000"), "奶粉", BigDecimal.ONE))));
        assertRefused("items[1].itemNo", "one-line-per-item", new BondedEntry("T2900WBOOKE1", "ENTRY-E1", List.of(milk("1"), milk("2"))));
        book.recordEntry(new BondedEntry("T2900WBOOKE1", "ENTRY-E1", List.of(milk("1"))));
        assertRefused("items[0].hsCode", "item-record-hs-code", new BondedEntry("T2900WBOOKE1", "ENTRY-E2",
                List.of(new BondedEntry.Item("MILK-800G", TEA, "奶粉", BigDecimal.ONE))));
        assertEquals(0, BigDecimal.ONE.compareTo(book.stock("T2900WBOOKE1", "MILK-800G")), "a refused entry changes nothing");
    }

    @Test
    void oneEntryDeliveredConcurrentlyIsBookedOnce() throws Exception {
        BondedEntry entry = new BondedEntry("T2900WBOOKF1", "ENTRY-F1", List.of(milk("4")));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            long firstTimes = 0;
            for (Future<RecordedEntry> f : pool.invokeAll(IntStream.range(0, 12)
                    .<Callable<RecordedEntry>>mapToObj(i -> () -> book.recordEntry(entry)).toList())) {
                firstTimes += f.get().repeated() ? 0 : 1;
            }
            assertEquals(1, firstTimes);
            assertEquals(0, new BigDecimal("4").compareTo(book.stock("T2900WBOOKF1", "MILK-800G")));
        } finally {
            pool.shutdownNow();
        }
    }

    static BondedEntry.Item milk(String qty) {
        return new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal(qty));
    }

    static BondedEntry.Item milkAs(String itemNo) {
        return new BondedEntry.Item(itemNo, MILK, "奶粉", BigDecimal.ONE);
    }

    String conflict(BondedEntry entry) {
        BondedEntryConflict conflict = assertThrows(BondedEntryConflict.class, () -> book.recordEntry(entry));
        assertEquals("entry-recorded-differently", conflict.rule());
        return conflict.field();
    }

    void assertRefused(String field, String rule, BondedEntry entry) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> book.recordEntry(entry));
        assertEquals(field + " " + rule, refused.field() + " " + refused.rule(), refused.getMessage());
    }

    @Test
    void aReleaseDeductsOnceAndNeverBelowZero() {
        book.recordEntry(new BondedEntry("T2900WBOOKB1", "ENTRY-B1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("3")))));
        assertTrue(deduct("T2900WBOOKB1", "ORDER-1", "2"));
        assertTrue(deduct("T2900WBOOKB1", "ORDER-1", "2"), "the same release again is a no-op");
        assertFalse(deduct("T2900WBOOKB1", "ORDER-2", "2"), "only 1 left");
        assertEquals(0, BigDecimal.ONE.compareTo(book.stock("T2900WBOOKB1", "MILK-800G")));
    }

    @Test
    void concurrentReleasesNeverTakeTheBookBelowZero() throws Exception {
        book.recordEntry(new BondedEntry("T2900WBOOKC1", "ENTRY-C1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("10")))));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Boolean>> releases = IntStream.range(0, 40)
                    .<Callable<Boolean>>mapToObj(i -> () -> deduct("T2900WBOOKC1", "ORDER-" + i, "1")).toList();
            long accepted = 0;
            for (Future<Boolean> f : pool.invokeAll(releases)) {
                accepted += f.get() ? 1 : 0;
            }
            assertEquals(10, accepted);
            assertEquals(0, BigDecimal.ZERO.compareTo(book.stock("T2900WBOOKC1", "MILK-800G")));
        } finally {
            pool.shutdownNow();
        }
    }

    boolean deduct(String ems, String order, String qty) {
        return transactions.write(() -> stock.deduct(ems, "MILK-800G", new BigDecimal(qty), order, Instant.now()));
    }
}
