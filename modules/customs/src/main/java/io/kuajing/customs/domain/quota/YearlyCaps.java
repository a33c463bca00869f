package io.kuajing.customs.domain.quota;

import java.math.BigDecimal;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * What each buyer declared per capped tariff line and calendar year (positive-list remarks such as "sugar 2 kg per
 * person per year"). Like the quota ledger, a count is one conditional update under the buyer-year-line row's lock.
 */
@Repository
@SecondaryPort
public interface YearlyCaps {

    /**
     * Counts {@code qty} for the order if the year's total stays within {@code cap}; caller's transaction.
     *
     * @return false, changing nothing, when the cap would be exceeded
     */
    boolean count(BuyerKey buyer, int year, String tariffLine, BigDecimal qty, BigDecimal cap, String orderNo);

    /** What the buyer has declared of the line in the year. */
    BigDecimal used(BuyerKey buyer, int year, String tariffLine);

    /** Gives back everything the order counted (rejected or cancelled declaration); a second call does nothing. */
    void giveBack(String orderNo);
}
