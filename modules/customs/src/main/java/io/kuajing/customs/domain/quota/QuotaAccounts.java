package io.kuajing.customs.domain.quota;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.kernel.Money;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The buyers' yearly accounts and the orders' entries. Every method runs in the caller's transaction and locks the
 * buyer-year account row before touching it, so concurrent changes for one buyer are serialised.
 */
@Repository
@SecondaryPort
public interface QuotaAccounts {

    /** The order's entry as last committed, without locking it. */
    Optional<QuotaEntry> find(String orderNo);

    /** The order's entry, read with a lock so it is the latest committed state. */
    Optional<QuotaEntry> entry(String orderNo);

    /** Locks the buyer's account for the year (creating it at zero) and returns what is used. */
    Money lockAccount(BuyerKey buyer, int year);

    /**
     * Adds the amount to the account only if the total stays within {@code annualLimit}, in one conditional
     * statement, and records the entry. @return false, changing nothing, when the limit would be exceeded
     */
    boolean reserve(QuotaEntry entry, Money annualLimit, Instant now);

    /** Records the entry's new state and moves the account's used amount by {@code delta} (negative gives back). */
    void update(QuotaEntry entry, Money delta, Instant now);

    Money used(BuyerKey buyer, int year);
}
