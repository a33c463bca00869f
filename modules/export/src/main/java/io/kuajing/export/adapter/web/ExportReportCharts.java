package io.kuajing.export.adapter.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import io.kuajing.export.SalesReport;
import io.kuajing.platform.web.pages.BarChart;

/**
 * The report's rows as the console's bar charts: one category per year, one series per marketplace (or mode), bars
 * side by side. Sales abroad are counted in orders, since a dollar and a yen cannot stand in one bar; import sales
 * are all CNY and are charted as sales.
 */
public final class ExportReportCharts {

    private ExportReportCharts() {
    }

    public static String ordersPerYear(List<SalesReport.Row> rows) {
        return perYear(rows, row -> String.valueOf(row.orders()));
    }

    public static String salesPerYear(List<SalesReport.Row> rows) {
        return perYear(rows, row -> row.sales().amount().toPlainString());
    }

    private static String perYear(List<SalesReport.Row> rows, Function<SalesReport.Row, String> figure) {
        List<String> years = new ArrayList<>(new TreeSet<>(rows.stream().map(row -> String.valueOf(row.year())).toList()));
        Map<String, String[]> byChannel = new LinkedHashMap<>();
        for (SalesReport.Row row : rows) {
            String[] data = byChannel.computeIfAbsent(row.channel(), channel -> BarChart.zeros(years.size()));
            data[years.indexOf(String.valueOf(row.year()))] = figure.apply(row);
        }
        return BarChart.json(years, byChannel, "\"grouped\":true");
    }
}
