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
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BondedBookTest implements WithTestDatabase {

    static final HsCode MILK = HsCode.of("0402100000");

    @Inject
    BondedBook book;
    @Inject
    BondedStock stock;
    @Inject
    Transactions transactions;

    @Test
    void anEntryBookedTwiceCountsOnce() {
        BondedEntry entry = new BondedEntry("EMS-A", "ENTRY-1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("12"))));
        book.recordEntry(entry);
        book.recordEntry(entry);
        assertEquals(0, new BigDecimal("12").compareTo(book.stock("EMS-A", "MILK-800G")));
        assertEquals("items[0].qty", assertThrows(RuleViolation.class, () -> book.recordEntry(new BondedEntry("EMS-A", "ENTRY-2",
                List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", BigDecimal.ZERO))))).field());
    }

    @Test
    void aReleaseDeductsOnceAndNeverBelowZero() {
        book.recordEntry(new BondedEntry("EMS-B", "ENTRY-1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("3")))));
        assertTrue(deduct("EMS-B", "ORDER-1", "2"));
        assertTrue(deduct("EMS-B", "ORDER-1", "2"), "the same release again is a no-op");
        assertFalse(deduct("EMS-B", "ORDER-2", "2"), "only 1 left");
        assertEquals(0, BigDecimal.ONE.compareTo(book.stock("EMS-B", "MILK-800G")));
    }

    @Test
    void concurrentReleasesNeverTakeTheBookBelowZero() throws Exception {
        book.recordEntry(new BondedEntry("EMS-C", "ENTRY-1", List.of(new BondedEntry.Item("MILK-800G", MILK, "奶粉", new BigDecimal("10")))));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Boolean>> releases = IntStream.range(0, 40)
                    .<Callable<Boolean>>mapToObj(i -> () -> deduct("EMS-C", "ORDER-" + i, "1")).toList();
            long accepted = 0;
            for (Future<Boolean> f : pool.invokeAll(releases)) {
                accepted += f.get() ? 1 : 0;
            }
            assertEquals(10, accepted);
            assertEquals(0, BigDecimal.ZERO.compareTo(book.stock("EMS-C", "MILK-800G")));
        } finally {
            pool.shutdownNow();
        }
    }

    boolean deduct(String ems, String order, String qty) {
        return transactions.write(() -> stock.deduct(ems, "MILK-800G", new BigDecimal(qty), order, Instant.now()));
    }
}
