package io.kuajing.purchase.adapter.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import io.kuajing.kernel.Money;

import io.kuajing.platform.web.pages.BarChart;
import io.kuajing.platform.web.pages.Wording;
import io.kuajing.purchase.SalesReports;

/**
 * The reports' figures as the JSON the page's ECharts script draws (one series per mode or marketplace, one bar per
 * reason).
 */
public final class ReportCharts {

    private ReportCharts() {
    }

    /** {@code {"categories": [months], "series": [{"name": mode, "data": [sales per month]}]}}. */
    public static String sales(List<SalesReports.MonthlySales> rows) {
        return perMonth(rows, SalesReports.MonthlySales::month, row -> Wording.mode(row.mode()), SalesReports.MonthlySales::sales);
    }

    /** The same with one series per source marketplace, {@code unknown} naming the lines placed before it was kept. */
    public static String marketplaces(List<SalesReports.MarketplaceSales> rows, String unknown) {
        return perMonth(rows, SalesReports.MarketplaceSales::month,
                row -> row.marketplace() == null ? unknown : row.marketplace(), SalesReports.MarketplaceSales::sales);
    }

    private static <T> String perMonth(List<T> rows, Function<T, YearMonth> month, Function<T, String> series,
                                       Function<T, Money> sales) {
        List<String> months = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> month.apply(r).toString()).toList()));
        Map<String, String[]> bySeries = new LinkedHashMap<>();
        for (T row : rows) {
            String[] data = bySeries.computeIfAbsent(series.apply(row), name -> BarChart.zeros(months.size()));
            data[months.indexOf(month.apply(row).toString())] = sales.apply(row).amount().toPlainString();
        }
        return BarChart.json(months, bySeries);
    }

    /**
     * The delivery days as a histogram: one category per day from 0 to the most any order took, one series per mode
     * (orders that took that many days), bars side by side ({@code "grouped": true}) so each mode's shape shows, the
     * day axis named {@code daysAxis}.
     */
    public static String deliveryDays(List<SalesReports.DeliveryTimes> modes, String daysAxis) {
        int most = (int) modes.stream().flatMap(m -> m.days().stream()).mapToLong(SalesReports.DaysTaken::days).max().orElse(-1);
        List<String> days = new ArrayList<>();
        for (int day = 0; day <= most; day++) {
            days.add(String.valueOf(day));
        }
        Map<String, String[]> byMode = new LinkedHashMap<>();
        for (SalesReports.DeliveryTimes mode : modes) {
            String[] data = BarChart.zeros(days.size());
            mode.days().forEach(taken -> data[(int) taken.days()] = String.valueOf(taken.orders()));
            byMode.put(Wording.mode(mode.mode()), data);
        }
        return BarChart.json(days, byMode, "\"grouped\":true", "\"axis\":" + BarChart.text(daysAxis));
    }

    /** {@code {"horizontal": true, "categories": [reasons], "series": [{"data": [orders]}]}}. */
    public static String refusals(List<SalesReports.Refusals> rows, String seriesName) {
        return "{\"horizontal\":true,\"categories\":[" + String.join(",", rows.stream().map(r -> BarChart.text(r.reason())).toList())
                + "],\"series\":[{\"name\":" + BarChart.text(seriesName) + ",\"data\":["
                + String.join(",", rows.stream().map(r -> String.valueOf(r.orders())).toList()) + "]}]}";
    }
}
