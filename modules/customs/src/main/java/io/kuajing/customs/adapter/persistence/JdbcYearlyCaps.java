package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.YearlyCaps;
import jakarta.inject.Singleton;

/** The yearly quantity caps in MySQL, with the same locking pattern as the quota ledger. */
@Singleton
class JdbcYearlyCaps implements YearlyCaps {

    private final CapRows rows;

    JdbcYearlyCaps(CapRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean count(BuyerKey buyer, int year, String tariffLine, BigDecimal qty, BigDecimal cap, String orderNo) {
        rows.lockAccount(buyer.hash(), year, tariffLine);
        if (rows.addWithinCap(buyer.hash(), year, tariffLine, qty, cap) == 0) {
            return false;
        }
        rows.count(orderNo, tariffLine, buyer.hash(), year, qty);
        return true;
    }

    @Override
    public BigDecimal used(BuyerKey buyer, int year, String tariffLine) {
        return rows.used(buyer.hash(), year, tariffLine).orElse(BigDecimal.ZERO);
    }

    @Override
    public void giveBack(String orderNo) {
        for (CapEntryRow c : rows.lockedNotGivenBack(orderNo)) {
            rows.giveBack(c.buyerKey(), c.quotaYear(), c.tariffLine(), c.qty());
            rows.givenBack(orderNo, c.tariffLine());
        }
    }
}
