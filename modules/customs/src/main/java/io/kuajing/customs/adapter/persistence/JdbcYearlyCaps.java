package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.quota.YearlyCaps;
import jakarta.inject.Singleton;

/** The yearly quantity caps in MySQL, with the same locking pattern as the quota ledger. */
@Singleton
class JdbcYearlyCaps implements YearlyCaps {

    private static final String LOCK = """
            INSERT INTO customs_cap_account (buyer_key, quota_year, tariff_line, used) VALUES (?, ?, ?, 0)
            ON DUPLICATE KEY UPDATE used = used""";

    private static final String ADD_WITHIN_CAP = """
            UPDATE customs_cap_account SET used = used + ?
            WHERE buyer_key = ? AND quota_year = ? AND tariff_line = ? AND used + ? <= ?""";

    private static final String ENTRY = """
            INSERT INTO customs_cap_entry (order_no, tariff_line, buyer_key, quota_year, qty) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty)""";

    private final Sql sql;

    JdbcYearlyCaps(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean count(BuyerKey buyer, int year, String tariffLine, BigDecimal qty, BigDecimal cap, String orderNo) {
        sql.update(LOCK, buyer.hash(), year, tariffLine);
        if (sql.update(ADD_WITHIN_CAP, qty, buyer.hash(), year, tariffLine, qty, cap) == 0) {
            return false;
        }
        sql.update(ENTRY, orderNo, tariffLine, buyer.hash(), year, qty);
        return true;
    }

    @Override
    public BigDecimal used(BuyerKey buyer, int year, String tariffLine) {
        return sql.one("SELECT used FROM customs_cap_account WHERE buyer_key = ? AND quota_year = ? AND tariff_line = ?",
                rs -> rs.getBigDecimal(1), buyer.hash(), year, tariffLine).orElse(BigDecimal.ZERO);
    }

    private record Counted(String tariffLine, String buyerKey, int year, BigDecimal qty) {
    }

    @Override
    public void giveBack(String orderNo) {
        List<Counted> counted = sql.query("""
                SELECT tariff_line, buyer_key, quota_year, qty FROM customs_cap_entry
                WHERE order_no = ? AND given_back = FALSE FOR UPDATE""",
                rs -> new Counted(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)), orderNo);
        for (Counted c : counted) {
            sql.update("UPDATE customs_cap_account SET used = used - ? WHERE buyer_key = ? AND quota_year = ? AND tariff_line = ?",
                    c.qty(), c.buyerKey(), c.year(), c.tariffLine());
            sql.update("UPDATE customs_cap_entry SET given_back = TRUE WHERE order_no = ? AND tariff_line = ?",
                    orderNo, c.tariffLine());
        }
    }
}
