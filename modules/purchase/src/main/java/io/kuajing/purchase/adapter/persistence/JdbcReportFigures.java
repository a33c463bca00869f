package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.ReportFigures;
import jakarta.inject.Singleton;

/** The reports' sums, counted by the database ({@link SoldOrderRows}): one grouped read per report. */
@Singleton
class JdbcReportFigures implements ReportFigures {

    private final SoldOrderRows rows;

    JdbcReportFigures(SoldOrderRows rows) {
        this.rows = rows;
    }

    @Override
    public List<MonthTotal> soldPerMonthAndMode(YearMonth from, YearMonth to) {
        return monthTotals(rows.soldPerMonthAndMode(start(from), start(to.plusMonths(1))));
    }

    @Override
    public List<MonthTotal> soldPerMonthAndMarketplace(YearMonth from, YearMonth to) {
        return monthTotals(rows.soldPerMonthAndMarketplace(start(from), start(to.plusMonths(1))));
    }

    @Override
    public List<Deliveries> deliveredSince(Instant since) {
        return rows.deliveredSince(UtcTime.of(since)).stream().map(r -> new Deliveries(r.mode(), r.placedOn(),
                r.promisedEarliest(), r.promisedLatest(), r.deliveredOn(), r.orders())).toList();
    }

    @Override
    public List<ReasonCount> customsReasonsSince(Instant since) {
        return rows.customsReasonsSince(UtcTime.of(since)).stream()
                .map(r -> new ReasonCount(r.reason(), r.orders())).toList();
    }

    /** The first instant of a China month, as the UTC wall-clock time paid_at is stored in. */
    private static LocalDateTime start(YearMonth month) {
        return UtcTime.of(month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant());
    }

    private static List<MonthTotal> monthTotals(List<SoldOrderRows.MonthRow> found) {
        return found.stream().map(r -> new MonthTotal(YearMonth.of(r.soldYear(), r.soldMonth()), r.groupedBy(),
                r.orders(), r.sales() == null ? BigDecimal.ZERO : r.sales())).toList();
    }
}
