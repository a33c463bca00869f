package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.QuotaAccounts;
import io.kuajing.customs.domain.quota.QuotaEntry;
import io.kuajing.kernel.Money;
import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.ConstraintRefusals;
import jakarta.inject.Singleton;

/**
 * The quota ledger in MySQL. A reservation adds to the buyer-year row in the statement that locks it, and the
 * row's CHECK constraint refuses a sum past the limit in that same statement: InnoDB serialises writers on the row,
 * so no two reservations can both find room that only one of them fits in.
 */
@Singleton
class JdbcQuotaAccounts implements QuotaAccounts {

    /** customs V11: what an account uses stays within the limit its last reservation was admitted under. */
    private static final String WITHIN_LIMIT = "customs_quota_within_annual_limit";

    private final QuotaRows rows;

    JdbcQuotaAccounts(QuotaRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<QuotaEntry> find(String orderNo) {
        return rows.entry(orderNo).map(QuotaEntryRow::entry);
    }

    @Override
    public Optional<QuotaEntry> entry(String orderNo) {
        return rows.lockedEntry(orderNo).map(QuotaEntryRow::entry);
    }

    @Override
    public Money lockAccount(BuyerKey buyer, int year) {
        rows.lockAccount(buyer.hash(), year, buyer.masked());
        return Cny.of(rows.lockedUsed(buyer.hash(), year).orElseThrow());
    }

    @Override
    public boolean addWithin(BuyerKey buyer, int year, Money amount, Money annualLimit) {
        try {
            rows.addWithinLimit(buyer.hash(), year, buyer.masked(), amount.amount(), annualLimit.amount());
            return true;
        } catch (RuntimeException e) {
            if (ConstraintRefusals.isCheckViolation(e, WITHIN_LIMIT)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void takeBack(BuyerKey buyer, int year, Money amount) {
        rows.moveUsed(buyer.hash(), year, amount.amount().negate());
    }

    @Override
    public boolean record(QuotaEntry entry, Instant now) {
        return rows.insertEntry(entry.orderNo(), entry.buyer().hash(), entry.year(), entry.amount().amount(),
                entry.restored().amount(), entry.status().name(), entry.releasedOn(), UtcTime.of(now)) == 1;
    }

    @Override
    public void update(QuotaEntry entry, Money delta, Instant now) {
        rows.updateEntry(entry.orderNo(), entry.restored().amount(), entry.status().name(), entry.releasedOn(),
                UtcTime.of(now));
        if (delta.amount().signum() != 0) {
            rows.moveUsed(entry.buyer().hash(), entry.year(), delta.amount());
        }
    }

    @Override
    public Money used(BuyerKey buyer, int year) {
        return rows.used(buyer.hash(), year).map(Cny::of).orElse(Money.zero(Money.CNY));
    }
}
