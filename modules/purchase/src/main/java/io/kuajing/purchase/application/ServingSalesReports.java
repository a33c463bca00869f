package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.FulfilmentMode;
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
        return yearOnYear(months, figures::soldPerMonthAndMode, (row, yearBefore) -> new MonthlySales(row.month(),
                row.group(), row.orders(), cny(row.sales()), cny(yearBefore), growth(row.sales(), yearBefore)));
    }

    @Override
    @Transactional
    public List<MarketplaceSales> marketplaceSales(int months) {
        return yearOnYear(months, figures::soldPerMonthAndMarketplace, (row, yearBefore) -> new MarketplaceSales(
                row.month(), row.group(), row.orders(), cny(row.sales()), cny(yearBefore), growth(row.sales(), yearBefore)));
    }

    @Override
    @Transactional
    public List<DeliveryTimes> deliveryTimes(int months) {
        YearMonth from = firstOf(months);
        Map<FulfilmentMode, DeliveryTally> byMode = new EnumMap<>(FulfilmentMode.class);
        for (ReportFigures.Deliveries row : figures.deliveredSince(from.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant())) {
            byMode.computeIfAbsent(FulfilmentMode.valueOf(row.mode()), mode -> new DeliveryTally(mode.name())).add(row);
        }
        return byMode.values().stream().map(DeliveryTally::times).toList();
    }

    /**
     * The {@code months} months up to this one (China time), each group's month beside the same group's month a year
     * before, oldest month first, then by group (unknown first).
     */
    private <T> List<T> yearOnYear(int months, BiFunction<YearMonth, YearMonth, List<ReportFigures.MonthTotal>> read,
                                   BiFunction<ReportFigures.MonthTotal, BigDecimal, T> report) {
        YearMonth from = firstOf(months);
        YearMonth to = from.plusMonths(months - 1L);
        // One read from a year before the first month: the same months of the year before come with it.
        Map<List<Object>, ReportFigures.MonthTotal> byMonthAndGroup = new LinkedHashMap<>();
        for (ReportFigures.MonthTotal row : read.apply(from.minusYears(1), to)) {
            byMonthAndGroup.put(Arrays.asList(row.month(), row.group()), row);
        }
        List<ReportFigures.MonthTotal> shown = new ArrayList<>(byMonthAndGroup.values().stream()
                .filter(row -> !row.month().isBefore(from)).toList());
        shown.sort(Comparator.comparing(ReportFigures.MonthTotal::month)
                .thenComparing(ReportFigures.MonthTotal::group, Comparator.nullsFirst(Comparator.naturalOrder())));
        return shown.stream().map(row -> {
            ReportFigures.MonthTotal before = byMonthAndGroup.get(Arrays.asList(row.month().minusYears(1), row.group()));
            return report.apply(row, before == null ? BigDecimal.ZERO : before.sales());
        }).toList();
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

    /** The first of the {@code months} months up to this one, China time. */
    private YearMonth firstOf(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new RuleViolation("months", "range", "months must be 1.." + MAX_MONTHS);
        }
        return YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(months - 1L);
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
