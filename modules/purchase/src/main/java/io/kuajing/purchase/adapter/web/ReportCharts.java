package io.kuajing.purchase.adapter.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.kuajing.platform.web.pages.Wording;
import io.kuajing.purchase.SalesReports;

/** The reports' figures as the JSON the page's ECharts script draws (one series per mode, one bar per reason). */
public final class ReportCharts {

    private ReportCharts() {
    }

    /** {@code {"categories": [months], "series": [{"name": mode, "data": [sales per month]}]}}. */
    public static String sales(List<SalesReports.MonthlySales> rows) {
        List<String> months = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r.month().toString()).toList()));
        Map<String, String[]> byMode = new LinkedHashMap<>();
        for (SalesReports.MonthlySales row : rows) {
            String[] data = byMode.computeIfAbsent(Wording.mode(row.mode()), mode -> zeros(months.size()));
            data[months.indexOf(row.month().toString())] = row.sales().amount().toPlainString();
        }
        List<String> series = new ArrayList<>();
        byMode.forEach((mode, data) -> series.add("{\"name\":" + text(mode) + ",\"data\":[" + String.join(",", data) + "]}"));
        return "{\"categories\":[" + String.join(",", months.stream().map(ReportCharts::text).toList())
                + "],\"series\":[" + String.join(",", series) + "]}";
    }

    /** {@code {"horizontal": true, "categories": [reasons], "series": [{"data": [orders]}]}}. */
    public static String refusals(List<SalesReports.Refusals> rows, String seriesName) {
        return "{\"horizontal\":true,\"categories\":[" + String.join(",", rows.stream().map(r -> text(r.reason())).toList())
                + "],\"series\":[{\"name\":" + text(seriesName) + ",\"data\":["
                + String.join(",", rows.stream().map(r -> String.valueOf(r.orders())).toList()) + "]}]}";
    }

    private static String[] zeros(int size) {
        String[] data = new String[size];
        java.util.Arrays.fill(data, "0");
        return data;
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String text(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
