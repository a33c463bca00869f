package io.kuajing.customs.domain.quota;

import java.time.LocalDate;

import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/** What one order holds of its buyer's annual allowance. */
@Entity
public record QuotaEntry(@Identity String orderNo, BuyerKey buyer, int year, Money amount, Money restored, Status status,
                         LocalDate releasedOn) {

    public enum Status { RESERVED, CONFIRMED, RELEASED }

    /** The part still counted against the allowance. */
    public Money counted() {
        return status == Status.RELEASED ? Money.zero(Money.CNY) : amount.minus(restored);
    }

    /**
     * Checks a return against the window of 海关总署公告2020年第45号 and what is left to give back.
     *
     * @param limits the limits in force on the release date
     */
    public void checkReturn(Money returned, LocalDate requestedOn, LocalDate arrivedOn, CbecLimits limits) {
        if (status != Status.CONFIRMED || releasedOn == null) {
            throw new RuleViolation("orderNo", "released-before-return", "only released goods can be returned");
        }
        if (!returned.isPositive() || returned.compareTo(counted()) > 0) {
            throw new RuleViolation("amount", "within-declared-amount", "a return gives back more than 0 and at most "
                    + counted() + " for this order");
        }
        limits.checkReturnWindow(releasedOn, requestedOn, arrivedOn);
    }
}
