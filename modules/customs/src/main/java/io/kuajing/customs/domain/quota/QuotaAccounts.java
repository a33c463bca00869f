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
     * Locks the buyer's account for the year (creating it) and adds {@code amount} to what it uses, in one statement,
     * if the sum stays within {@code annualLimit}.
     * @return false, adding nothing (the account stays locked), when the sum would pass the limit
     */
    boolean addWithin(BuyerKey buyer, int year, Money amount, Money annualLimit);

    /** Takes back an amount {@link #addWithin} counted, on the account this transaction holds locked. */
    void takeBack(BuyerKey buyer, int year, Money amount);

    /** Records a new order's entry. @return false, recording nothing, when the order has an entry already */
    boolean record(QuotaEntry entry, Instant now);

    /** Records the entry's new state and moves the account's used amount by {@code delta} (negative gives back). */
    void update(QuotaEntry entry, Money delta, Instant now);

    Money used(BuyerKey buyer, int year);
}
