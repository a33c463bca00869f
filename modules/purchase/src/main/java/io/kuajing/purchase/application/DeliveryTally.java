package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.kuajing.purchase.SalesReports;
import io.kuajing.purchase.domain.DeliveryWindow;
import io.kuajing.purchase.domain.ReportFigures;

/**
 * One mode's delivered orders as the delivery report counts them: per number of days taken (China calendar days
 * from the order day), how many kept their own promised window, and the span of days the orders were promised.
 */
final class DeliveryTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String mode;
    private final SortedMap<Long, long[]> ordersAndOnTimeByDays = new TreeMap<>();
    private long promisedFromDays = Long.MAX_VALUE;
    private long promisedToDays = Long.MIN_VALUE;

    DeliveryTally(String mode) {
        this.mode = mode;
    }

    void add(ReportFigures.Deliveries row) {
        DeliveryWindow promised = new DeliveryWindow(row.promisedEarliest(), row.promisedLatest());
        long[] counts = ordersAndOnTimeByDays.computeIfAbsent(
                ChronoUnit.DAYS.between(row.placedOn(), row.deliveredOn()), days -> new long[2]);
        counts[0] += row.orders();
        counts[1] += promised.kept(row.deliveredOn()) ? row.orders() : 0;
        promisedFromDays = Math.min(promisedFromDays, ChronoUnit.DAYS.between(row.placedOn(), promised.earliest()));
        promisedToDays = Math.max(promisedToDays, ChronoUnit.DAYS.between(row.placedOn(), promised.latest()));
    }

    SalesReports.DeliveryTimes times() {
        List<SalesReports.DaysTaken> days = new ArrayList<>();
        ordersAndOnTimeByDays.forEach((taken, counts) -> days.add(new SalesReports.DaysTaken(taken, counts[0], counts[1])));
        long orders = days.stream().mapToLong(SalesReports.DaysTaken::orders).sum();
        long onTime = days.stream().mapToLong(SalesReports.DaysTaken::onTime).sum();
        return new SalesReports.DeliveryTimes(mode, orders, onTime,
                BigDecimal.valueOf(onTime).multiply(HUNDRED).divide(BigDecimal.valueOf(orders), 1, RoundingMode.HALF_UP),
                promisedFromDays, promisedToDays, days);
    }
}
