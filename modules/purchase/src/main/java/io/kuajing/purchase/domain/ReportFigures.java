package io.kuajing.purchase.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the console's reports read from the orders: sales per month and mode or source marketplace (sold as
 * {@link io.kuajing.purchase.SalesFigures} counts them: paid, not cancelled or refunded, by the month of payment),
 * counts per customs reason.
 */
public interface ReportFigures {

    /**
     * The orders sold in one month (China time) in one group (a mode, a marketplace: null when unknown), and what was
     * paid for them (CNY).
     */
    record MonthTotal(YearMonth month, String group, long orders, BigDecimal sales) {
    }

    /**
     * How many orders of one mode were placed on one day and delivered on another (China dates), with the window they
     * were promised (inclusive).
     */
    record Deliveries(String mode, LocalDate placedOn, LocalDate promisedEarliest, LocalDate promisedLatest,
                      LocalDate deliveredOn, long orders) {
    }

    /** How many orders customs gave this reason. */
    record ReasonCount(String reason, long orders) {
    }

    /** Orders paid from the start of {@code from} to the end of {@code to} (China time), per month and mode. */
    List<MonthTotal> soldPerMonthAndMode(YearMonth from, YearMonth to);

    /**
     * The same, per month and the marketplace the lines were bought from: an order counts once for each marketplace
     * on it, with its lines' goods and tax (freight belongs to the whole order, not to a marketplace).
     */
    List<MonthTotal> soldPerMonthAndMarketplace(YearMonth from, YearMonth to);

    /** Orders delivered since {@code since} that were promised a window, grouped by the days that decide their timing. */
    List<Deliveries> deliveredSince(Instant since);

    /** Orders customs said something against since {@code since}, per reason as customs wrote it. */
    List<ReasonCount> customsReasonsSince(Instant since);
}
