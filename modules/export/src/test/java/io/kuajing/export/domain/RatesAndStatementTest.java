package io.kuajing.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import org.junit.jupiter.api.Test;

class RatesAndStatementTest {

    static final Currency USD = Currency.getInstance("USD");
    static final SettlementRates FX = new SettlementRates(List.of(
            new SettlementRates.Rate(USD, LocalDate.parse("2026-01-05"), new BigDecimal("7.1000"), "a"),
            new SettlementRates.Rate(USD, LocalDate.parse("2026-03-02"), new BigDecimal("7.2000"), "b")));
    static final ExportRefundRates REFUNDS = new ExportRefundRates(List.of(
            new ExportRefundRates.Rate("85", LocalDate.parse("2019-04-01"), new BigDecimal("0.13"), "chapter"),
            new ExportRefundRates.Rate("8507600", LocalDate.parse("2019-04-01"), new BigDecimal("0.13"), "old"),
            new ExportRefundRates.Rate("8507600", LocalDate.parse("2024-12-01"), new BigDecimal("0.09"), "cut")));

    @Test
    void theRateOfASaleIsTheOneInForceOnItsDay() {
        assertEquals("a", FX.on(USD, LocalDate.parse("2026-03-01"), "x").source());
        assertEquals("b", FX.on(USD, LocalDate.parse("2026-03-02"), "x").source());
        RuleViolation none = assertThrows(RuleViolation.class, () -> FX.on(USD, LocalDate.parse("2025-12-31"), "orders[1]"));
        assertEquals("fx-rate-missing", none.rule());
        assertEquals("orders[1]", none.field());
    }

    @Test
    void theLongestHsPrefixInForceGivesTheRefundRate() {
        HsCode battery = HsCode.of("8507600020");
        assertEquals(new BigDecimal("0.13"), REFUNDS.of(battery, LocalDate.parse("2024-11-30")).orElseThrow().rate());
        assertEquals(new BigDecimal("0.09"), REFUNDS.of(battery, LocalDate.parse("2024-12-01")).orElseThrow().rate());
        assertEquals("chapter", REFUNDS.of(HsCode.of("8509400000"), LocalDate.parse("2026-01-01")).orElseThrow().source());
        assertTrue(REFUNDS.of(HsCode.of("9503008900"), LocalDate.parse("2026-01-01")).isEmpty(), "no row, no rate");
    }

    @Test
    void aStatementConvertsEachOrderAtItsDaysRateAndAddsUpToTheFen() {
        // Sold 2026-03-01 23:30 in China is still the 1st there although UTC says 15:30: rate "a".
        ExportOrder early = order("EX1", Instant.parse("2026-03-01T15:30:00Z"), "19.99", 3, "8.99");
        ExportOrder late = order("EX2", Instant.parse("2026-03-02T01:00:00Z"), "5.55", 1, "0.83");
        VendorStatement s = VendorStatement.of(new VendorId("V1"), LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), List.of(early, late), FX, REFUNDS, sku -> HsCode.of("8507600020"));
        VendorStatement.Order first = s.orders().get(0);
        assertEquals(Money.of("59.97", "USD"), first.sales());
        assertEquals(Money.cny("425.79"), first.salesCny()); // 59.97 x 7.1 = 425.787
        assertEquals(Money.cny("63.83"), first.feeCny());    // 8.99 x 7.1 = 63.829
        assertEquals(Money.cny("361.96"), first.netCny());
        assertEquals(Money.cny("39.96"), s.orders().get(1).salesCny()); // 5.55 x 7.2
        assertEquals(Money.cny("465.75"), s.salesCny());
        assertEquals(s.salesCny().minus(s.feesCny()), s.netCny());
        assertEquals(new BigDecimal("0.09"), first.lines().get(0).refundRate().orElseThrow().rate());
    }

    @Test
    void growthIsTheYearsSalesAsAMultipleOfTheYearBefore() {
        List<Growth.Row> rows = Growth.of(List.of(
                new YearlySales("us-spapi", 2025, Money.of("13000.00", "USD"), 130),
                new YearlySales("us-spapi", 2024, Money.of("1000.00", "USD"), 10),
                new YearlySales("jp-csv", 2025, Money.of("50000", "JPY"), 5)));
        assertEquals("jp-csv", rows.get(0).sales().channel());
        assertTrue(rows.get(0).multipleOfYearBefore().isEmpty(), "a first year has no multiple");
        assertTrue(rows.get(1).multipleOfYearBefore().isEmpty());
        assertEquals(new BigDecimal("13.00"), rows.get(2).multipleOfYearBefore().orElseThrow());
    }

    @Test
    void anOrderCannotMixCurrenciesNorGoToChina() {
        assertEquals("lines[0].unitPrice", assertThrows(RuleViolation.class, () -> new ExportOrder("EX3", new VendorId("V1"),
                "us-spapi", "A1", ExportMode.DIRECT_9610, CountryCode.of("US"), Instant.EPOCH, USD,
                List.of(new ExportOrderLine(1, new Sku("S1"), 1, Money.of("1.00", "JPY"))), Money.of("0", "USD"),
                ExportOrderStatus.RECEIVED)).field());
        assertEquals("destination", assertThrows(RuleViolation.class, () -> new ExportOrder("EX4", new VendorId("V1"),
                "us-spapi", "A1", ExportMode.DIRECT_9610, CountryCode.CHINA, Instant.EPOCH, USD,
                List.of(new ExportOrderLine(1, new Sku("S1"), 1, Money.of("1.00", "USD"))), Money.of("0", "USD"),
                ExportOrderStatus.RECEIVED)).field());
    }

    static ExportOrder order(String no, Instant soldAt, String price, int qty, String fee) {
        return new ExportOrder(no, new VendorId("V1"), "us-spapi", "A-" + no, ExportMode.DIRECT_9610, CountryCode.of("US"),
                soldAt, USD, List.of(new ExportOrderLine(1, new Sku("S1"), qty, Money.of(price, "USD"))),
                Money.of(fee, "USD"), ExportOrderStatus.RECEIVED);
    }
}
