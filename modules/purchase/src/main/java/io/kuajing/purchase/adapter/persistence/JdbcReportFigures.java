package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.purchase.domain.ReportFigures;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The reports' sums, counted by the database: one grouped read per report, however many orders. Months are China's
 * (paid_at is UTC; China has kept UTC+8 all year since 1991, so eight hours' shift is the whole conversion).
 * TIMESTAMPADD, YEAR and MONTH read alike on MySQL 8, MariaDB and the embedded H2.
 */
@Singleton
class JdbcReportFigures implements ReportFigures {

    private static final String SOLD_PER_MONTH = """
            SELECT y, m, mode, COUNT(*), SUM(paid_amount) FROM (
              SELECT YEAR(TIMESTAMPADD(HOUR, 8, paid_at)) AS y, MONTH(TIMESTAMPADD(HOUR, 8, paid_at)) AS m,
                     mode, paid_amount
              FROM purchase_order WHERE paid_at >= ? AND paid_at < ? AND %s) sold
            GROUP BY y, m, mode ORDER BY y, m, mode""".formatted(JdbcSalesFigures.SOLD);

    /** Unqualified SOLD still reads the order: paid_at and status are columns of purchase_order alone. */
    private static final String SOLD_PER_MARKETPLACE = """
            SELECT y, m, marketplace, COUNT(DISTINCT order_no), SUM(amount) FROM (
              SELECT YEAR(TIMESTAMPADD(HOUR, 8, o.paid_at)) AS y, MONTH(TIMESTAMPADD(HOUR, 8, o.paid_at)) AS m,
                     l.source_marketplace AS marketplace, o.order_no AS order_no,
                     l.quantity * l.unit_price + l.tax AS amount
              FROM purchase_order o JOIN purchase_order_line l ON l.order_no = o.order_no
              WHERE o.paid_at >= ? AND o.paid_at < ? AND %s) sold
            GROUP BY y, m, marketplace ORDER BY y, m, marketplace""".formatted(JdbcSalesFigures.SOLD);

    /** China dates: CAST AS DATE of the shifted time reads alike on MySQL, MariaDB and H2 (DATEDIFF does not). */
    private static final String DELIVERED = """
            SELECT mode, placed_on, promised_earliest, promised_latest, delivered_on, COUNT(*) FROM (
              SELECT mode, CAST(TIMESTAMPADD(HOUR, 8, placed_at) AS DATE) AS placed_on, promised_earliest,
                     promised_latest, CAST(TIMESTAMPADD(HOUR, 8, delivered_at) AS DATE) AS delivered_on
              FROM purchase_order WHERE delivered_at >= ? AND promised_latest IS NOT NULL) delivered
            GROUP BY mode, placed_on, promised_earliest, promised_latest, delivered_on
            ORDER BY mode, placed_on, delivered_on""";

    private final TransactionOperations<Connection> transactions;

    JdbcReportFigures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<MonthTotal> soldPerMonthAndMode(YearMonth from, YearMonth to) {
        return monthTotals(SOLD_PER_MONTH, from, to);
    }

    @Override
    public List<MonthTotal> soldPerMonthAndMarketplace(YearMonth from, YearMonth to) {
        return monthTotals(SOLD_PER_MARKETPLACE, from, to);
    }

    private List<MonthTotal> monthTotals(String sql, YearMonth from, YearMonth to) {
        try (PreparedStatement ps = transactions.getConnection().prepareStatement(sql)) {
            ps.setTimestamp(1, utc(from.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
            ps.setTimestamp(2, utc(to.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
            List<MonthTotal> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal sales = rs.getBigDecimal(5);
                    rows.add(new MonthTotal(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getLong(4),
                            sales == null ? BigDecimal.ZERO : sales));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading monthly sales failed", e);
        }
    }

    @Override
    public List<Deliveries> deliveredSince(Instant since) {
        try (PreparedStatement ps = transactions.getConnection().prepareStatement(DELIVERED)) {
            ps.setTimestamp(1, utc(since));
            List<Deliveries> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Deliveries(rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getLong(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading delivery times failed", e);
        }
    }

    @Override
    public List<ReasonCount> customsReasonsSince(Instant since) {
        try (PreparedStatement ps = transactions.getConnection().prepareStatement("SELECT customs_reason, COUNT(*)"
                + " FROM purchase_order WHERE customs_at >= ? AND customs_reason IS NOT NULL GROUP BY customs_reason")) {
            ps.setTimestamp(1, utc(since));
            List<ReasonCount> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReasonCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading customs reasons failed", e);
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
