package io.kuajing.customs.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.QuotaAccounts;
import io.kuajing.customs.domain.quota.QuotaEntry;
import io.kuajing.kernel.Money;
import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.ConstraintRefusals;
import io.kuajing.platform.jdbc.Statements;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The quota ledger in MySQL. A reservation adds to the buyer-year row in the statement that locks it, and the
 * row's CHECK constraint refuses a sum past the limit in that same statement: InnoDB serialises writers on the row,
 * so no two reservations can both find room that only one of them fits in. A checkout's two statements (the account's
 * upsert and the entry's INSERT) are sent by hand on the transaction's connection: through Micronaut Data's
 * repository they took a tenth of a checkout's request-thread CPU (docs/performance.md, "Checkout", ADR 0044).
 */
@Singleton
class JdbcQuotaAccounts implements QuotaAccounts {

    /** customs V11: what an account uses stays within the limit its last reservation was admitted under. */
    private static final String WITHIN_LIMIT = "customs_quota_within_annual_limit";

    /**
     * A reservation's one statement on the account: creates it holding the amount or, when it exists, locks it and
     * adds the amount (ON DUPLICATE KEY takes the exclusive lock at once, as {@link QuotaRows#lockAccount} does), with
     * the limit in force. The CHECK constraint {@value #WITHIN_LIMIT} refuses the statement when the sum would pass
     * the limit. The limit is assigned first: MySQL checks the row as the assignments leave it.
     */
    private static final String ADD_WITHIN_LIMIT = """
            INSERT INTO customs_quota_account (buyer_key, quota_year, buyer_masked, used, annual_limit)
            VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE annual_limit = VALUES(annual_limit), used = used + VALUES(used)""";
    /** INSERT IGNORE: an order that has an entry already keeps it, and the row count (0) says so. */
    private static final String INSERT_ENTRY = """
            INSERT IGNORE INTO customs_quota_entry (order_no, buyer_key, quota_year, amount, restored, status, released_on,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final QuotaRows rows;
    private final TransactionOperations<Connection> connections;

    JdbcQuotaAccounts(QuotaRows rows, TransactionOperations<Connection> connections) {
        this.rows = rows;
        this.connections = connections;
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
            Statements.update(connections.getConnection(), ADD_WITHIN_LIMIT, buyer.hash(), year, buyer.masked(),
                    amount.amount(), annualLimit.amount());
            return true;
        } catch (SQLException e) {
            if (ConstraintRefusals.isCheckViolation(e, WITHIN_LIMIT)) {
                return false;
            }
            throw new IllegalStateException("cannot reserve quota: " + e.getMessage(), e);
        }
    }

    @Override
    public void takeBack(BuyerKey buyer, int year, Money amount) {
        rows.moveUsed(buyer.hash(), year, amount.amount().negate());
    }

    @Override
    public boolean record(QuotaEntry entry, Instant now) {
        var at = UtcTime.of(now);
        try {
            return Statements.update(connections.getConnection(), INSERT_ENTRY, entry.orderNo(), entry.buyer().hash(),
                    entry.year(), entry.amount().amount(), entry.restored().amount(), entry.status().name(),
                    entry.releasedOn(), at, at) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the quota entry of " + entry.orderNo() + ": " + e.getMessage(), e);
        }
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
