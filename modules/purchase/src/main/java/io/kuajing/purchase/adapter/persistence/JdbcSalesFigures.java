package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.purchase.SalesFigures;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The paid sales per mode and year, summed by the database: a read model over purchase_order, no aggregate loaded.
 * paid_at is kept in UTC; eight hours later is China time (no daylight saving), which decides the year.
 */
@Singleton
class JdbcSalesFigures implements SalesFigures {

    /** What counts as sold, for every report: paid, and neither cancelled nor refunded. */
    static final String SOLD = "paid_at IS NOT NULL AND status NOT IN ('CANCELLED', 'REFUNDED')";

    private final TransactionOperations<Connection> transactions;

    JdbcSalesFigures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<ModeYear> paidByModeAndYear() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("""
                    SELECT mode, YEAR(TIMESTAMPADD(HOUR, 8, paid_at)) AS sold_year, SUM(paid_amount), COUNT(*)
                    FROM purchase_order
                    WHERE %s
                    GROUP BY mode, YEAR(TIMESTAMPADD(HOUR, 8, paid_at))
                    ORDER BY mode, sold_year""".formatted(SOLD));
                 ResultSet rs = select.executeQuery()) {
                List<ModeYear> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new ModeYear(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getLong(4)));
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot sum the paid sales per mode and year", e);
            }
        });
    }
}
