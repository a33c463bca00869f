package io.kuajing.customs;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;

/**
 * What only the customs sandbox offers (a bean only when {@code kuajing.customs.single-window.mode=sandbox}): the
 * rest of the world, for demos and tests. Customs counts a buyer's annual CBEC total across every platform, which
 * no platform's own ledger sees; here a demo can say what a buyer bought elsewhere and meet the single window's
 * refusal as it happens in production.
 */
public interface CustomsSandbox {

    /** Counts {@code amount} (taxable price, CNY) the buyer cleared this year through other platforms. */
    void buyerSpentElsewhere(ChineseIdNumber buyer, Money amount);

    /**
     * Customs will refuse the next cancellation or return of {@code orderNo} with {@code reason} (a real single
     * window refuses for reasons no platform can foresee: the goods were inspected, the window was counted from
     * another date...), so the refusal's way to the consumer can be shown and tested.
     */
    void refuseNextFollowUp(String orderNo, String reason);
}
