package io.kuajing.customs.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.QuotaAccounts;
import io.kuajing.customs.domain.quota.QuotaEntry;
import io.kuajing.kernel.Money;
import jakarta.inject.Singleton;

/**
 * The quota ledger in MySQL. The annual limit is enforced by one conditional UPDATE
 * ({@code used + amount <= limit}) on the buyer-year row: InnoDB serialises writers on that row, so no two
 * reservations can both see room that only one of them fits in.
 */
@Singleton
class JdbcQuotaAccounts implements QuotaAccounts {

    private static final String ENTRY = """
            SELECT e.order_no, e.buyer_key, a.buyer_masked, e.quota_year, e.amount, e.restored, e.status, e.released_on
            FROM customs_quota_entry e
            JOIN customs_quota_account a ON a.buyer_key = e.buyer_key AND a.quota_year = e.quota_year
            WHERE e.order_no = ?""";

    // ON DUPLICATE KEY takes an exclusive lock on an existing row straight away (a plain INSERT IGNORE would take a
    // shared one and let two waiters deadlock upgrading it).
    private static final String LOCK_ACCOUNT = """
            INSERT INTO customs_quota_account (buyer_key, quota_year, buyer_masked, used) VALUES (?, ?, ?, 0)
            ON DUPLICATE KEY UPDATE buyer_masked = VALUES(buyer_masked)""";

    private static final String ADD_WITHIN_LIMIT = """
            UPDATE customs_quota_account SET used = used + ?
            WHERE buyer_key = ? AND quota_year = ? AND used + ? <= ?""";

    private static final String INSERT_ENTRY = """
            INSERT INTO customs_quota_entry (order_no, buyer_key, quota_year, amount, restored, status, released_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String UPDATE_ENTRY = """
            UPDATE customs_quota_entry SET restored = ?, status = ?, released_on = ?, updated_at = ? WHERE order_no = ?""";

    private static final String MOVE_USED = """
            UPDATE customs_quota_account SET used = used + ? WHERE buyer_key = ? AND quota_year = ?""";

    private static final String USED = "SELECT used FROM customs_quota_account WHERE buyer_key = ? AND quota_year = ?";

    private final Sql sql;

    JdbcQuotaAccounts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<QuotaEntry> find(String orderNo) {
        return sql.one(ENTRY, JdbcQuotaAccounts::entry, orderNo);
    }

    @Override
    public Optional<QuotaEntry> entry(String orderNo) {
        return sql.one(ENTRY + " FOR UPDATE", JdbcQuotaAccounts::entry, orderNo);
    }

    @Override
    public Money lockAccount(BuyerKey buyer, int year) {
        sql.update(LOCK_ACCOUNT, buyer.hash(), year, buyer.masked());
        // A locking read: it sees the latest committed row, not the transaction's snapshot.
        return sql.one(USED + " FOR UPDATE", rs -> Sql.cny(rs, "used"), buyer.hash(), year).orElseThrow();
    }

    @Override
    public boolean reserve(QuotaEntry entry, Money annualLimit, Instant now) {
        int added = sql.update(ADD_WITHIN_LIMIT, entry.amount(), entry.buyer().hash(), entry.year(), entry.amount(), annualLimit);
        if (added == 0) {
            return false;
        }
        sql.update(INSERT_ENTRY, entry.orderNo(), entry.buyer().hash(), entry.year(), entry.amount(), entry.restored(),
                entry.status(), entry.releasedOn(), now, now);
        return true;
    }

    @Override
    public void update(QuotaEntry entry, Money delta, Instant now) {
        sql.update(UPDATE_ENTRY, entry.restored(), entry.status(), entry.releasedOn(), now, entry.orderNo());
        if (delta.amount().signum() != 0) {
            sql.update(MOVE_USED, delta, entry.buyer().hash(), entry.year());
        }
    }

    @Override
    public Money used(BuyerKey buyer, int year) {
        return sql.one(USED, rs -> Sql.cny(rs, "used"), buyer.hash(), year).orElse(Money.zero(Money.CNY));
    }

    private static QuotaEntry entry(ResultSet rs) throws SQLException {
        return new QuotaEntry(rs.getString("order_no"), new BuyerKey(rs.getString("buyer_key"), rs.getString("buyer_masked")),
                rs.getInt("quota_year"), Sql.cny(rs, "amount"), Sql.cny(rs, "restored"),
                QuotaEntry.Status.valueOf(rs.getString("status")), Sql.date(rs, "released_on"));
    }
}
