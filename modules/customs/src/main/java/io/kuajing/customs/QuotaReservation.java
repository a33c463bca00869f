package io.kuajing.customs;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;

/**
 * A claim on the buyer's annual CBEC allowance for one order, made at checkout. {@code amount} is the order's
 * taxable price; {@code singleIndivisibleItem} lets one item exceed the per-transaction limit (财关税〔2018〕49号).
 */
public record QuotaReservation(String orderNo, ChineseIdNumber buyerId, Money amount, boolean singleIndivisibleItem) {

    @Override
    public String toString() {
        return "QuotaReservation[" + orderNo + ", " + buyerId.masked() + ", " + amount + "]";
    }
}
