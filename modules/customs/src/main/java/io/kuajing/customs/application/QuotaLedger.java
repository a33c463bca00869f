package io.kuajing.customs.application;

import java.time.Clock;
import java.time.LocalDate;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.QuotaReservation;
import io.kuajing.customs.QuotaStatus;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.QuotaAccounts;
import io.kuajing.customs.domain.quota.QuotaEntry;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quota ledger (财关税〔2018〕49号): the per-transaction limit is a check on the order, the annual limit a check
 * of the buyer-year row's sum in the statement that adds to it, both inside one transaction per call. The year is the calendar year
 * in China of the reservation; the limits are those in force on that day.
 */
@Singleton
class QuotaLedger implements Quotas {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaLedger.class);

    private final QuotaAccounts accounts;
    private final CbecLimits.Schedule limits;
    private final BuyerKeys buyerKeys;
    private final Transactions transactions;
    private final Clock clock;

    QuotaLedger(QuotaAccounts accounts, CbecLimits.Schedule limits, BuyerKeys buyerKeys, Transactions transactions,
                Clock clock) {
        this.accounts = accounts;
        this.limits = limits;
        this.buyerKeys = buyerKeys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void reserve(QuotaReservation reservation) {
        if (reservation.orderNo() == null || reservation.orderNo().isBlank()) {
            throw new RuleViolation("orderNo", "required", "orderNo is required");
        }
        Money amount = reservation.amount();
        if (!amount.currency().equals(Money.CNY) || !amount.isPositive()) {
            throw new RuleViolation("amount", "positive-cny", "the amount must be a positive CNY amount");
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        CbecLimits inForce = limits.on(today);
        if (!inForce.admitsOrder(amount, reservation.singleIndivisibleItem())) {
            throw inForce.perTransactionRefusal("amount", amount);
        }
        BuyerKey buyer = buyerKeys.of(reservation.buyerId());
        int year = today.getYear();
        transactions.write(() -> {
            // One statement locks the account (creating it) and counts the order in, refused by the database when the
            // sum would pass the limit: no other transaction sees the sum before this one ends, and a refused call
            // changes nothing. The entry's INSERT tells a repeated call for the order (its primary key). No read of
            // the new order's missing entry: a locking one locked the gap where it would go, and two checkouts each
            // waited to insert into the other's gap (docs/adr/0020).
            if (!accounts.addWithin(buyer, year, amount, inForce.annual())) {
                var existing = accounts.find(reservation.orderNo());
                if (existing.isPresent()) {
                    sameReservation(existing.get(), buyer, amount);
                    return null;
                }
                Money remaining = inForce.annual().minus(accounts.lockAccount(buyer, year));
                LOG.info("quota refused for {} in {}: {} asked, {} remaining", buyer, year, amount, remaining);
                throw new RuleViolation("amount", "annual-limit", "the order's " + amount + " exceeds the buyer's "
                        + "remaining annual CBEC allowance for " + year + " of " + remaining + " (limit "
                        + inForce.annual() + ", " + inForce.source() + ")");
            }
            QuotaEntry entry = new QuotaEntry(reservation.orderNo(), buyer, year, amount, Money.zero(Money.CNY),
                    QuotaEntry.Status.RESERVED, null);
            if (!accounts.record(entry, clock.instant())) {
                accounts.takeBack(buyer, year, amount);
                sameReservation(accounts.find(reservation.orderNo()).orElseThrow(), buyer, amount);
            }
            return null;
        });
    }

    /** A repeated call for an order is a no-op only if it asks what the order holds. */
    private static void sameReservation(QuotaEntry existing, BuyerKey buyer, Money amount) {
        if (!existing.buyer().equals(buyer) || existing.amount().compareTo(amount) != 0) {
            throw new RuleViolation("orderNo", "reserved-once", "order " + existing.orderNo()
                    + " already holds a different reservation");
        }
    }

    @Override
    public void confirm(String orderNo, LocalDate releasedOn) {
        transactions.write(() -> {
            QuotaEntry entry = lockedEntry(orderNo);
            if (entry.status() == QuotaEntry.Status.RESERVED) {
                accounts.update(new QuotaEntry(orderNo, entry.buyer(), entry.year(), entry.amount(), entry.restored(),
                        QuotaEntry.Status.CONFIRMED, releasedOn), Money.zero(Money.CNY), clock.instant());
            } else if (entry.status() == QuotaEntry.Status.RELEASED) {
                throw new RuleViolation("orderNo", "reserved-before-confirm", "order " + orderNo
                        + " gave its reservation back; it cannot be confirmed");
            }
            return null;
        });
    }

    @Override
    public void release(String orderNo) {
        transactions.write(() -> {
            QuotaEntry entry = lockedEntry(orderNo);
            if (entry.status() == QuotaEntry.Status.CONFIRMED) {
                throw new RuleViolation("orderNo", "not-released-by-customs", "order " + orderNo
                        + " was released by customs: give quota back through a return instead");
            }
            if (entry.status() == QuotaEntry.Status.RESERVED) {
                accounts.update(new QuotaEntry(orderNo, entry.buyer(), entry.year(), entry.amount(), entry.restored(),
                        QuotaEntry.Status.RELEASED, null), Money.zero(Money.CNY).minus(entry.amount()), clock.instant());
            }
            return null;
        });
    }

    @Override
    public QuotaStatus restore(String orderNo, Money amount, LocalDate requestedOn, LocalDate arrivedOn) {
        return transactions.write(() -> {
            QuotaEntry entry = lockedEntry(orderNo);
            CbecLimits atRelease = limits.on(entry.releasedOn() == null ? requestedOn : entry.releasedOn());
            entry.checkReturn(amount, requestedOn, arrivedOn, atRelease);
            accounts.update(new QuotaEntry(orderNo, entry.buyer(), entry.year(), entry.amount(),
                    entry.restored().plus(amount), entry.status(), entry.releasedOn()),
                    Money.zero(Money.CNY).minus(amount), clock.instant());
            return status(entry.buyer(), entry.year(), limits.on(LocalDate.of(entry.year(), 12, 31)),
                    accounts.used(entry.buyer(), entry.year()));
        });
    }

    @Override
    public QuotaStatus status(ChineseIdNumber buyerId, int year) {
        BuyerKey buyer = buyerKeys.of(buyerId);
        CbecLimits inForce = limits.on(LocalDate.of(year, 12, 31));
        return transactions.read(() -> status(buyer, year, inForce, accounts.used(buyer, year)));
    }

    /** At release (CEB622 800): confirms the order's reservation, if it has one. Caller's transaction. */
    void confirmIfReserved(String orderNo, LocalDate releasedOn) {
        if (accounts.find(orderNo).isPresent()) {
            confirm(orderNo, releasedOn);
        } else {
            LOG.warn("order {} was released without a quota reservation", orderNo);
        }
    }

    /**
     * When the declaration ends without the goods: refused (CEB622/CEB100 rejection), kept back unsent (a CEB621
     * that does not conform), or cancelled (CEB624 approved). Whatever the order still counts goes back, once: an
     * entry already given back (by this or by the seller's {@link #release} before declaring) is left as it is.
     * Caller's transaction.
     */
    void giveBack(String orderNo) {
        if (accounts.find(orderNo).isEmpty()) {
            return;
        }
        QuotaEntry entry = lockedEntry(orderNo);
        if (entry.status() != QuotaEntry.Status.RELEASED) {
            accounts.update(new QuotaEntry(orderNo, entry.buyer(), entry.year(), entry.amount(), entry.restored(),
                    QuotaEntry.Status.RELEASED, entry.releasedOn()), Money.zero(Money.CNY).minus(entry.counted()),
                    clock.instant());
        }
    }

    /**
     * At an approved return (CEB626): restores the returned value, at most what the order still counts, if its
     * reservation was confirmed at release. Decided on the entry read under the account's lock, never on an earlier
     * snapshot, so a restore is counted once whatever ran meanwhile. Caller's transaction.
     */
    void restoreIfConfirmed(String orderNo, Money amount, LocalDate requestedOn, LocalDate arrivedOn) {
        if (!amount.isPositive() || accounts.find(orderNo).isEmpty()) {
            return;
        }
        QuotaEntry entry = lockedEntry(orderNo);
        Money counted = entry.counted();
        if (entry.status() != QuotaEntry.Status.CONFIRMED || !counted.isPositive()) {
            LOG.warn("order {} returned, but its reservation is {} with {} counted: nothing restored", orderNo,
                    entry.status(), counted);
            return;
        }
        restore(orderNo, amount.compareTo(counted) > 0 ? counted : amount, requestedOn, arrivedOn);
    }

    /**
     * Finds the entry's account, locks it, then reads the entry again under the lock: always account before
     * entry, the order reserve uses too, so two calls for one buyer cannot deadlock on each other.
     */
    private QuotaEntry lockedEntry(String orderNo) {
        QuotaEntry entry = accounts.find(orderNo).orElseThrow(() -> new RuleViolation(
                "orderNo", "reserved", "no quota reservation for order " + orderNo));
        accounts.lockAccount(entry.buyer(), entry.year());
        return accounts.entry(orderNo).orElseThrow();
    }

    private static QuotaStatus status(BuyerKey buyer, int year, CbecLimits inForce, Money used) {
        Money remaining = inForce.annual().minus(used);
        return new QuotaStatus(buyer.masked(), year, inForce.annual(), used,
                remaining.isNegative() ? Money.zero(Money.CNY) : remaining);
    }
}
