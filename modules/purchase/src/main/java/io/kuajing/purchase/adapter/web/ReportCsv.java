package io.kuajing.purchase.adapter.web;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.purchase.SalesReports;

/**
 * The reports as CSV (RFC 4180) for a spreadsheet: UTF-8 with a byte-order mark, which Excel needs to read Chinese;
 * a cell that a spreadsheet would take for a formula (=, +, -, @) is written as text.
 */
final class ReportCsv {

    private static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    static String sales(List<SalesReports.MonthlySales> rows) {
        StringBuilder csv = new StringBuilder(BOM).append("month,mode,orders,sales_cny,year_before_cny,growth_percent\r\n");
        for (SalesReports.MonthlySales row : rows) {
            line(csv, row.month().toString(), row.mode(), String.valueOf(row.orders()),
                    row.sales().amount().toPlainString(), row.yearBefore().amount().toPlainString(),
                    percent(row.growthPercent()));
        }
        return csv.toString();
    }

    /** An empty marketplace is unknown: lines placed before the source was kept. */
    static String marketplaces(List<SalesReports.MarketplaceSales> rows) {
        StringBuilder csv = new StringBuilder(BOM).append("month,marketplace,orders,sales_cny,year_before_cny,growth_percent\r\n");
        for (SalesReports.MarketplaceSales row : rows) {
            line(csv, row.month().toString(), row.marketplace() == null ? "" : row.marketplace(), String.valueOf(row.orders()),
                    row.sales().amount().toPlainString(), row.yearBefore().amount().toPlainString(), percent(row.growthPercent()));
        }
        return csv.toString();
    }

    /** One line per mode and number of days taken; the promised days and the on-time orders let a sheet rebuild the share. */
    static String delivery(List<SalesReports.DeliveryTimes> modes) {
        StringBuilder csv = new StringBuilder(BOM)
                .append("mode,promised_from_days,promised_to_days,delivery_days,orders,on_time_orders\r\n");
        for (SalesReports.DeliveryTimes mode : modes) {
            for (SalesReports.DaysTaken taken : mode.days()) {
                line(csv, mode.mode(), String.valueOf(mode.promisedFromDays()), String.valueOf(mode.promisedToDays()),
                        String.valueOf(taken.days()), String.valueOf(taken.orders()), String.valueOf(taken.onTime()));
            }
        }
        return csv.toString();
    }

    static String refusals(List<SalesReports.Refusals> rows) {
        StringBuilder csv = new StringBuilder(BOM).append("reason,orders\r\n");
        for (SalesReports.Refusals row : rows) {
            line(csv, row.reason(), String.valueOf(row.orders()));
        }
        return csv.toString();
    }

    private static String percent(BigDecimal growth) {
        return growth == null ? "" : growth.toPlainString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
