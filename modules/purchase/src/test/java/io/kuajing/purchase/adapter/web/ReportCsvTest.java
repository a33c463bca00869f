package io.kuajing.purchase.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.purchase.SalesReports;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void salesAreOneLinePerMonthAndModeAfterAHeaderAndAByteOrderMark() {
        String csv = ReportCsv.sales(List.of(new SalesReports.MonthlySales(YearMonth.of(2026, 11), "DIRECT_MAIL", 3,
                Money.cny("1065.20"), Money.cny("800.00"), new BigDecimal("33.2"))));
        assertEquals("\uFEFFmonth,mode,orders,sales_cny,year_before_cny,growth_percent\r\n"
                + "2026-11,DIRECT_MAIL,3,1065.20,800.00,33.2\r\n", csv);
    }

    @Test
    void marketplacesLeaveAnUnknownSourceEmptyAndGrowthBlankWhenThereWasNothingBefore() {
        String csv = ReportCsv.marketplaces(List.of(
                new SalesReports.MarketplaceSales(YearMonth.of(2026, 11), null, 1, Money.cny("56.50"), Money.cny("0.00"), null),
                new SalesReports.MarketplaceSales(YearMonth.of(2026, 11), "amazon-jp", 4, Money.cny("900.00"),
                        Money.cny("1000.00"), new BigDecimal("-10.0"))));
        assertEquals("\uFEFFmonth,marketplace,orders,sales_cny,year_before_cny,growth_percent\r\n"
                + "2026-11,,1,56.50,0.00,\r\n"
                + "2026-11,amazon-jp,4,900.00,1000.00,-10.0\r\n", csv);
    }

    @Test
    void aReasonIsQuotedWhereItHoldsACommaAndNeverReadAsAFormula() {
        String csv = ReportCsv.refusals(List.of(new SalesReports.Refusals("三单比对失败, \"订单\"", 2),
                new SalesReports.Refusals("=HYPERLINK(\"x\")", 1)));
        assertTrue(csv.contains("\"三单比对失败, \"\"订单\"\"\",2\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",1\r\n"), csv);
        assertEquals("-12.5", ReportCsv.cell("-12.5"), "a negative number stays a number");
    }

    @Test
    void theMarketplaceChartHasOneSeriesPerSourceWithZeroForAMonthItSoldNothing() {
        String json = ReportCharts.marketplaces(List.of(
                new SalesReports.MarketplaceSales(YearMonth.of(2026, 10), "amazon-jp", 1, Money.cny("10.00"), Money.cny("0.00"), null),
                new SalesReports.MarketplaceSales(YearMonth.of(2026, 11), null, 1, Money.cny("5.00"), Money.cny("0.00"), null)),
                "未知");
        assertEquals("{\"categories\":[\"2026-10\",\"2026-11\"],\"series\":[{\"name\":\"amazon-jp\",\"data\":[10.00,0]},"
                + "{\"name\":\"未知\",\"data\":[0,5.00]}]}", json);
    }

    @Test
    void deliveryIsOneLinePerModeAndDaysTakenWithThePromisedDays() {
        String csv = ReportCsv.delivery(List.of(new SalesReports.DeliveryTimes("DIRECT_MAIL", 3, 2, new BigDecimal("66.7"),
                8, 12, List.of(new SalesReports.DaysTaken(9, 2, 2), new SalesReports.DaysTaken(13, 1, 0)))));
        assertEquals("\uFEFFmode,promised_from_days,promised_to_days,delivery_days,orders,on_time_orders\r\n"
                + "DIRECT_MAIL,8,12,9,2,2\r\n"
                + "DIRECT_MAIL,8,12,13,1,0\r\n", csv);
    }

    @Test
    void theDeliveryHistogramHasEveryDayUpToTheLongestWithBarsSideBySide() {
        String json = ReportCharts.deliveryDays(List.of(
                new SalesReports.DeliveryTimes("DIRECT_PURCHASE", 2, 2, new BigDecimal("100.0"), 1, 3,
                        List.of(new SalesReports.DaysTaken(1, 2, 2))),
                new SalesReports.DeliveryTimes("DIRECT_MAIL", 1, 1, new BigDecimal("100.0"), 8, 12,
                        List.of(new SalesReports.DaysTaken(3, 1, 1)))), "天");
        assertEquals("{\"categories\":[\"0\",\"1\",\"2\",\"3\"],\"series\":[{\"name\":\"直采\",\"data\":[0,2,0,0]},"
                + "{\"name\":\"直邮\",\"data\":[0,0,0,1]}],\"grouped\":true,\"axis\":\"天\"}", json);
    }

    @Test
    void theChartsFiguresAreJsonThatKeepsEveryReason() {
        String json = ReportCharts.refusals(List.of(new SalesReports.Refusals("a \"quoted\" \\ reason\n", 4)), "订单数");
        assertEquals("{\"horizontal\":true,\"categories\":[\"a \\\"quoted\\\" \\\\ reason\\u000a\"],"
                + "\"series\":[{\"name\":\"订单数\",\"data\":[4]}]}", json);
    }
}
