package io.kuajing.export;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.kernel.Money;

/**
 * The seed's report in both directions: vendors' sales abroad per marketplace and year (in the marketplace's
 * currency), and cross-border import sales per mode and year (CNY); {@code growth} is the year's sales as a multiple
 * of the year before's in the same currency (null for a first year).
 */
public record SalesReport(List<Row> salesAbroad, List<Row> importSales) {

    public record Row(String channel, int year, Money sales, long orders, BigDecimal growth) {
    }
}
