package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The reports' sums over {@code purchase_order} (and its lines), grouped by the database: one read per report, however
 * many orders, into the projections below. Times are China's: paid_at is UTC, and China has kept UTC+8 all year since
 * 1991, so eight hours' shift is the whole conversion. TIMESTAMPADD, YEAR, MONTH and CAST AS DATE read alike on
 * MySQL 8, MariaDB and the embedded H2 (DATEDIFF does not).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SoldOrderRows extends GenericRepository<OrderRow, String> {

    /** What counts as sold, for every report: paid, and neither cancelled nor refunded (columns of purchase_order alone). */
    String SOLD = "paid_at IS NOT NULL AND status NOT IN ('CANCELLED', 'REFUNDED')";

    @Introspected
    record ModeYearRow(String mode, int soldYear, BigDecimal paid, long orders) {
    }

    /** One China month's sales of one group (a mode, or a marketplace: none for lines placed before it was kept). */
    @Introspected
    record MonthRow(int soldYear, int soldMonth, @Nullable String groupedBy, long orders, @Nullable BigDecimal sales) {
    }

    @Introspected
    record DeliveriesRow(String mode, LocalDate placedOn, LocalDate promisedEarliest, LocalDate promisedLatest,
                         LocalDate deliveredOn, long orders) {
    }

    @Introspected
    record ReasonRow(String reason, long orders) {
    }

    @Query("SELECT mode, YEAR(TIMESTAMPADD(HOUR, 8, paid_at)) AS sold_year, SUM(paid_amount) AS paid,"
            + " COUNT(*) AS orders FROM purchase_order WHERE " + SOLD
            + " GROUP BY mode, YEAR(TIMESTAMPADD(HOUR, 8, paid_at)) ORDER BY mode, sold_year")
    List<ModeYearRow> paidByModeAndYear();

    @Query("SELECT sold_year, sold_month, mode AS grouped_by, COUNT(*) AS orders, SUM(paid_amount) AS sales FROM ("
            + " SELECT YEAR(TIMESTAMPADD(HOUR, 8, paid_at)) AS sold_year,"
            + " MONTH(TIMESTAMPADD(HOUR, 8, paid_at)) AS sold_month, mode, paid_amount"
            + " FROM purchase_order WHERE paid_at >= :from AND paid_at < :to AND " + SOLD + ") sold"
            + " GROUP BY sold_year, sold_month, mode ORDER BY sold_year, sold_month, mode")
    List<MonthRow> soldPerMonthAndMode(LocalDateTime from, LocalDateTime to);

    /** An order counts once per marketplace on it, with its lines' goods and tax (freight is the whole order's). */
    @Query("SELECT sold_year, sold_month, marketplace AS grouped_by, COUNT(DISTINCT order_no) AS orders,"
            + " SUM(amount) AS sales FROM ("
            + " SELECT YEAR(TIMESTAMPADD(HOUR, 8, o.paid_at)) AS sold_year,"
            + " MONTH(TIMESTAMPADD(HOUR, 8, o.paid_at)) AS sold_month, l.source_marketplace AS marketplace,"
            + " o.order_no AS order_no, l.quantity * l.unit_price + l.tax AS amount"
            + " FROM purchase_order o JOIN purchase_order_line l ON l.order_no = o.order_no"
            + " WHERE o.paid_at >= :from AND o.paid_at < :to AND " + SOLD + ") sold"
            + " GROUP BY sold_year, sold_month, marketplace ORDER BY sold_year, sold_month, marketplace")
    List<MonthRow> soldPerMonthAndMarketplace(LocalDateTime from, LocalDateTime to);

    @Query("SELECT mode, placed_on, promised_earliest, promised_latest, delivered_on, COUNT(*) AS orders FROM ("
            + " SELECT mode, CAST(TIMESTAMPADD(HOUR, 8, placed_at) AS DATE) AS placed_on, promised_earliest,"
            + " promised_latest, CAST(TIMESTAMPADD(HOUR, 8, delivered_at) AS DATE) AS delivered_on"
            + " FROM purchase_order WHERE delivered_at >= :since AND promised_latest IS NOT NULL) delivered"
            + " GROUP BY mode, placed_on, promised_earliest, promised_latest, delivered_on"
            + " ORDER BY mode, placed_on, delivered_on")
    List<DeliveriesRow> deliveredSince(LocalDateTime since);

    @Query("SELECT customs_reason AS reason, COUNT(*) AS orders FROM purchase_order"
            + " WHERE customs_at >= :since AND customs_reason IS NOT NULL GROUP BY customs_reason")
    List<ReasonRow> customsReasonsSince(LocalDateTime since);
}
