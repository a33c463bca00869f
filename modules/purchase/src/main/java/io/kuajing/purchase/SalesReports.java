package io.kuajing.purchase;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import io.kuajing.kernel.Money;

/** The operators' reports on sales, delivery times and customs refusals (console, CSV). */
public interface SalesReports {

    /**
     * Sold orders (paid, not cancelled or refunded, as {@link SalesFigures} counts them) per month of payment (China
     * time) and mode, for the {@code months} months up to and
     * including this one, oldest first, each beside the same month a year before.
     *
     * @param months 1 to 36
     */
    List<MonthlySales> monthlySales(int months);

    /**
     * The same per month and source marketplace (the overseas marketplace the goods were bought from): each order
     * counted once per marketplace on it, sales being its lines' goods and tax in CNY (freight is the order's).
     *
     * @param months 1 to 36
     */
    List<MarketplaceSales> marketplaceSales(int months);

    /**
     * Orders delivered since the first of the {@code months} months up to this one (China time), per mode: the days
     * each took, counted in calendar days on China's dates from the day it was placed to the day it was delivered,
     * and whether it came within its promised window (on or before the window's last day). Orders without a
     * delivery time or a promised window (from before either was kept) are left out.
     *
     * @param months 1 to 36
     */
    List<DeliveryTimes> deliveryTimes(int months);

    /** Orders customs refused or kept back within the last {@code within}, counted per customs rule, most first. */
    List<Refusals> customsRefusals(Duration within);

    /**
     * @param yearBefore what the same mode sold in the same month a year before (zero when nothing)
     * @param growthPercent the change against {@code yearBefore} in percent, one decimal; null when it was zero
     */
    record MonthlySales(YearMonth month, String mode, long orders, Money sales, Money yearBefore,
                        BigDecimal growthPercent) {
    }

    /**
     * @param marketplace the marketplace's id; null when unknown (lines placed before the source was kept)
     * @param growthPercent as in {@link MonthlySales}
     */
    record MarketplaceSales(YearMonth month, String marketplace, long orders, Money sales, Money yearBefore,
                            BigDecimal growthPercent) {
    }

    /**
     * @param onTimePercent {@code onTime} of {@code orders} in percent, one decimal
     * @param promisedFromDays the earliest day promised, in days after the order day (the soonest among the orders)
     * @param promisedToDays the last day promised, in days after the order day (the latest among the orders)
     * @param days the orders per number of days taken, fewest first (only days some order took)
     */
    record DeliveryTimes(String mode, long orders, long onTime, BigDecimal onTimePercent, long promisedFromDays,
                         long promisedToDays, List<DaysTaken> days) {
    }

    /** How many orders took {@code days} days to arrive, and how many of them within their promised window. */
    record DaysTaken(long days, long orders, long onTime) {
    }

    record Refusals(String reason, long orders) {
    }
}
