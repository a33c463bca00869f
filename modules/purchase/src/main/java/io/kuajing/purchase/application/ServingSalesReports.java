package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.SalesReports;
import io.kuajing.purchase.domain.CustomsRefusalReason;
import io.kuajing.purchase.domain.ReportFigures;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
class ServingSalesReports implements SalesReports {

    static final int MAX_MONTHS = 36;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportFigures figures;
    private final Clock clock;

    ServingSalesReports(ReportFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<MonthlySales> monthlySales(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new RuleViolation("months", "range", "months must be 1.." + MAX_MONTHS);
        }
        YearMonth to = YearMonth.now(clock.withZone(ChinaTime.ZONE));
        YearMonth from = to.minusMonths(months - 1L);
        // One read from a year before the first month: the same months of the year before come with it.
        Map<String, ReportFigures.MonthOfMode> byMonthAndMode = new LinkedHashMap<>();
        for (ReportFigures.MonthOfMode row : figures.soldPerMonthAndMode(from.minusYears(1), to)) {
            byMonthAndMode.put(row.month() + "/" + row.mode(), row);
        }
        List<MonthlySales> report = new ArrayList<>();
        for (ReportFigures.MonthOfMode row : byMonthAndMode.values()) {
            if (row.month().isBefore(from)) {
                continue;
            }
            ReportFigures.MonthOfMode before = byMonthAndMode.get(row.month().minusYears(1) + "/" + row.mode());
            BigDecimal yearBefore = before == null ? BigDecimal.ZERO : before.sales();
            report.add(new MonthlySales(row.month(), row.mode(), row.orders(), cny(row.sales()), cny(yearBefore),
                    growth(row.sales(), yearBefore)));
        }
        report.sort(Comparator.comparing(MonthlySales::month).thenComparing(MonthlySales::mode));
        return report;
    }

    @Override
    @Transactional
    public List<Refusals> customsRefusals(Duration within) {
        if (within == null || within.isNegative() || within.isZero()) {
            throw new RuleViolation("within", "duration", "within must be a positive ISO-8601 duration, e.g. P30D");
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (ReportFigures.ReasonCount row : figures.customsReasonsSince(clock.instant().minus(within))) {
            byRule.merge(CustomsRefusalReason.rule(row.reason()), row.orders(), Long::sum);
        }
        return byRule.entrySet().stream().map(e -> new Refusals(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Refusals::orders).reversed().thenComparing(Refusals::reason))
                .toList();
    }

    private static BigDecimal growth(BigDecimal now, BigDecimal yearBefore) {
        if (yearBefore.signum() == 0) {
            return null;
        }
        return now.subtract(yearBefore).multiply(HUNDRED).divide(yearBefore, 1, RoundingMode.HALF_UP);
    }

    private static Money cny(BigDecimal amount) {
        return new Money(amount.setScale(2, Money.ROUNDING), Money.CNY);
    }
}
