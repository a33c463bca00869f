package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.QuotaStatus;
import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaLedgerTest implements WithTestDatabase {

    static final AtomicInteger ORDERS = new AtomicInteger();

    @Inject
    Quotas quotas;

    /** A fresh, valid ID number per test so tests never share a buyer's allowance. */
    static ChineseIdNumber newBuyer() {
        int n = ORDERS.incrementAndGet();
        String first17 = "110105" + "1990" + "0101" + String.format("%03d", n % 1000);
        for (char check : "0123456789X".toCharArray()) {
            try {
                return ChineseIdNumber.of(first17 + check);
            } catch (IllegalArgumentException ignored) {
                // try the next check character
            }
        }
        throw new IllegalStateException();
    }

    static String orderNo() {
        return "Q" + System.nanoTime() + "-" + ORDERS.incrementAndGet();
    }

    int year() {
        return LocalDate.now(ChinaTime.ZONE).getYear();
    }

    @Test
    void aReservationCountsOnceAndARepeatedCallIsANoOp() {
        ChineseIdNumber buyer = newBuyer();
        String order = orderNo();
        quotas.reserve(new QuotaReservation(order, buyer, Money.cny("1000.00"), false));
        QuotaStatus first = quotas.status(buyer, year());
        quotas.reserve(new QuotaReservation(order, buyer, Money.cny("1000.00"), false));
        assertEquals(Money.cny("25000.00"), first.remaining());
        assertEquals(Money.cny("25000.00"), quotas.status(buyer, year()).remaining());
        assertFalse(first.maskedBuyerId().contains(buyer.value().substring(3, 16)));
    }

    @Test
    void aRepeatedReservationAnswersTheSameWhenTheAllowanceIsUsedUpAndAnotherAmountChangesNothing() {
        ChineseIdNumber buyer = newBuyer();
        String order = orderNo();
        quotas.reserve(new QuotaReservation(order, buyer, Money.cny("5000.00"), false));
        for (int i = 0; i < 4; i++) {
            quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("5000.00"), false));
        }
        quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("1000.00"), false));
        quotas.reserve(new QuotaReservation(order, buyer, Money.cny("5000.00"), false));
        QuotaStatus again = quotas.status(buyer, year());
        assertEquals(Money.cny("26000.00"), again.used());
        assertEquals(Money.cny("0.00"), again.remaining());
        assertEquals("reserved-once", assertThrows(RuleViolation.class,
                () -> quotas.reserve(new QuotaReservation(order, buyer, Money.cny("4000.00"), false))).rule());
        assertEquals(Money.cny("26000.00"), quotas.status(buyer, year()).used());
    }

    @Test
    void theAnnualLimitRefusesAnOrderNamingTheRemainingAllowance() {
        ChineseIdNumber buyer = newBuyer();
        for (int i = 0; i < 5; i++) {
            quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("5000.00"), false));
        }
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("1000.01"), false)));
        assertEquals("annual-limit", refused.rule());
        assertEquals("amount", refused.field());
        assertTrue(refused.getMessage().contains("1000.00 CNY"), refused.getMessage());
        assertFalse(refused.getMessage().contains(buyer.value()), "never the ID number in a message");
        quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("1000.00"), false));
        assertEquals(Money.cny("0.00"), quotas.status(buyer, year()).remaining());
    }

    @Test
    void thePerTransactionLimitAdmitsOnlyASingleIndivisibleItem() {
        ChineseIdNumber buyer = newBuyer();
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("5000.01"), false)));
        assertEquals("per-transaction-limit", refused.rule());
        assertEquals(Money.cny("26000.00"), quotas.status(buyer, year()).remaining());
        quotas.reserve(new QuotaReservation(orderNo(), buyer, Money.cny("8000.00"), true));
        assertEquals(Money.cny("18000.00"), quotas.status(buyer, year()).remaining());
    }

    @Test
    void releasingGivesTheAllowanceBackOnceAndAConfirmedOrderCannotBeReleased() {
        ChineseIdNumber buyer = newBuyer();
        String cancelled = orderNo();
        String shipped = orderNo();
        quotas.reserve(new QuotaReservation(cancelled, buyer, Money.cny("3000.00"), false));
        quotas.reserve(new QuotaReservation(shipped, buyer, Money.cny("2000.00"), false));
        quotas.release(cancelled);
        quotas.release(cancelled);
        quotas.confirm(shipped, LocalDate.now(ChinaTime.ZONE));
        assertEquals(Money.cny("2000.00"), quotas.status(buyer, year()).used());
        assertEquals("not-released-by-customs", assertThrows(RuleViolation.class, () -> quotas.release(shipped)).rule());
    }

    @Test
    void aReturnWithinTheWindowRestoresThePartReturned() {
        ChineseIdNumber buyer = newBuyer();
        String order = orderNo();
        LocalDate released = LocalDate.now(ChinaTime.ZONE).minusDays(10);
        quotas.reserve(new QuotaReservation(order, buyer, Money.cny("4000.00"), false));
        quotas.confirm(order, released);
        QuotaStatus after = quotas.restore(order, Money.cny("1500.00"), released.plusDays(30), released.plusDays(45));
        assertEquals(Money.cny("2500.00"), after.used());
        assertEquals("within-declared-amount", assertThrows(RuleViolation.class,
                () -> quotas.restore(order, Money.cny("2500.01"), released.plusDays(1), released.plusDays(2))).rule());
        assertEquals("return-request-window", assertThrows(RuleViolation.class,
                () -> quotas.restore(order, Money.cny("1.00"), released.plusDays(31), released.plusDays(32))).rule());
        assertEquals("return-arrival-window", assertThrows(RuleViolation.class,
                () -> quotas.restore(order, Money.cny("1.00"), released.plusDays(3), released.plusDays(46))).rule());
        assertEquals(Money.cny("2500.00"), quotas.status(buyer, year()).used());
    }

    @Test
    void concurrentReservationsForOneBuyerNeverExceedTheAnnualLimit() throws Exception {
        ChineseIdNumber buyer = newBuyer();
        Random random = new Random(42);
        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            amounts.add(Money.cny(String.valueOf(500 + random.nextInt(4500)) + ".00"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Money>> calls = amounts.stream().<Callable<Money>>map(amount -> () -> {
                try {
                    quotas.reserve(new QuotaReservation(orderNo(), buyer, amount, false));
                    return amount;
                } catch (RuleViolation refused) {
                    return Money.zero(Money.CNY);
                }
            }).toList();
            Money accepted = Money.zero(Money.CNY);
            for (Future<Money> f : pool.invokeAll(calls)) {
                accepted = accepted.plus(f.get());
            }
            assertTrue(accepted.compareTo(Money.cny("26000.00")) <= 0, "accepted " + accepted);
            assertTrue(accepted.compareTo(Money.cny("21500.00")) > 0, "the ledger filled up: " + accepted);
            assertEquals(accepted, quotas.status(buyer, year()).used());
        } finally {
            pool.shutdownNow();
        }
    }
}
