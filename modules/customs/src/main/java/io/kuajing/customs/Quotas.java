package io.kuajing.customs;

import java.time.LocalDate;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;

/**
 * The per-person CBEC quota ledger (财关税〔2018〕49号: RMB 5,000 per transaction, RMB 26,000 per calendar year,
 * counted on the buyer's ID number). Every call is idempotent per order number.
 */
public interface Quotas {

    /**
     * Reserves the order's amount at checkout, atomically against the annual limit. Answers nothing: what the
     * buyer has left is {@link #status}, a read a checkout does not need.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code per-transaction-limit} or {@code annual-limit}, naming what remains
     */
    void reserve(QuotaReservation reservation);

    /** Makes the reservation final when customs releases the goods; the release date starts the return window. */
    void confirm(String orderNo, LocalDate releasedOn);

    /** Gives a reservation back when the order is cancelled before release. */
    void release(String orderNo);

    /**
     * Gives back {@code amount} of a released order returned within the window (海关总署公告2020年第45号:
     * requested within 30 days of release, goods back within 45 days).
     */
    QuotaStatus restore(String orderNo, Money amount, LocalDate requestedOn, LocalDate arrivedOn);

    /** The buyer's allowance in {@code year}. */
    QuotaStatus status(ChineseIdNumber buyerId, int year);
}
