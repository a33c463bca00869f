package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.customs.domain.tax.BasketTax;
import io.kuajing.customs.domain.tax.TaxBasis;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.domain.tax.TaxableLine;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** The worked examples of DOMAIN.md (财关税〔2016〕18号, 〔2018〕49号) against the shipped rate files. */
class TaxCalculatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final HsCode APPLIANCE = HsCode.of("85098090");
    static final HsCode MILK_POWDER = HsCode.of("04021000");
    static final HsCode SKIN_CARE = HsCode.of("33049900");

    final TaxCalculator calculator = new TaxCalculator(Fixtures.REFERENCE.rates(), Fixtures.REFERENCE.limits());

    static TaxableLine line(HsCode hs, String price) {
        return new TaxableLine(hs, Money.cny(price), 1, null);
    }

    BasketTax cbec(TaxableLine... lines) {
        return calculator.quote(Regime.CBEC_DIRECT_MAIL, TODAY, List.of(lines));
    }

    @Test
    void generalGoodsAtVat13PayNinePointOnePercent() {
        BasketTax tax = cbec(line(APPLIANCE, "100.00"));
        assertEquals(TaxBasis.CBEC_WITHIN_LIMITS, tax.basis());
        assertEquals(Money.cny("0.00"), tax.tariff());
        assertEquals(Money.cny("0.00"), tax.consumptionTax());
        assertEquals(Money.cny("9.10"), tax.vat());
        assertEquals(Money.cny("9.10"), tax.total());
    }

    @Test
    void goodsAtVat9PaySixPointThreePercent() {
        assertEquals(Money.cny("6.30"), cbec(line(MILK_POWDER, "100.00")).total());
    }

    @Test
    void highEndCosmeticsAtTheThresholdPay23Point06Percent() {
        // 30 ml at 300.00: exactly RMB 10 per ml, so consumption tax is due (财税〔2016〕103号: "at or above").
        BasketTax tax = cbec(new TaxableLine(SKIN_CARE, Money.cny("300.00"), 1, new BigDecimal("30")));
        assertEquals(Money.cny("37.06"), tax.consumptionTax()); // 300 / 0.85 x 0.15 x 0.7 = 37.0588
        assertEquals(Money.cny("32.12"), tax.vat());            // (300 + 52.9412) x 0.13 x 0.7 = 32.1176
        assertEquals(Money.cny("69.18"), tax.total());          // 23.06% of 300

        BasketTax per100 = cbec(new TaxableLine(SKIN_CARE, Money.cny("100.00"), 1, new BigDecimal("10")));
        assertEquals(Money.cny("12.35"), per100.consumptionTax());
        assertEquals(Money.cny("10.71"), per100.vat());
        assertEquals(Money.cny("23.06"), per100.total());
    }

    @Test
    void cosmeticsBelowTheThresholdPayVatOnly() {
        // 30 ml at 299.70: RMB 9.99 per ml, below 10: no consumption tax, 9.1% VAT only.
        BasketTax perMl = cbec(new TaxableLine(SKIN_CARE, Money.cny("299.70"), 1, new BigDecimal("30")));
        assertEquals(Money.cny("0.00"), perMl.consumptionTax());
        assertEquals(Money.cny("27.27"), perMl.vat());
        // Sheet masks priced per piece: 10 pieces at 14.99 are below RMB 15 per piece, at 15.00 they are not.
        assertEquals(Money.cny("0.00"), cbec(new TaxableLine(SKIN_CARE, Money.cny("149.90"), 10, null)).consumptionTax());
        assertEquals(Money.cny("18.53"), cbec(new TaxableLine(SKIN_CARE, Money.cny("150.00"), 10, null)).consumptionTax());
    }

    @Test
    void eachTaxIsRoundedToTheFenHalfUpPerLineAndTotalsAddTheRoundedLines() {
        // 5.05 x 9.1% = 0.45955 -> 0.46 (HALF_UP at the fen); 0.05 x 9.1% = 0.00455 -> 0.00.
        BasketTax tax = cbec(line(APPLIANCE, "5.05"), line(APPLIANCE, "0.05"));
        assertEquals(Money.cny("0.46"), tax.lines().get(0).vat());
        assertEquals(Money.cny("0.00"), tax.lines().get(1).vat());
        // Per line, not per basket: 3 x round(0.60 x 9.1% = 0.0546) = 0.15, where round(1.80 x 9.1% = 0.1638) = 0.16.
        BasketTax three = cbec(line(APPLIANCE, "0.60"), line(APPLIANCE, "0.60"), line(APPLIANCE, "0.60"));
        assertEquals(Money.cny("0.15"), three.total());
        // HALF_UP, not HALF_EVEN: 0.50 x 9.1% = 0.0455 -> 0.05.
        assertEquals(Money.cny("0.05"), cbec(line(APPLIANCE, "0.50")).total());
    }

    @Test
    void aSingleIndivisibleItemAboveTheTransactionLimitPaysFullRates() {
        BasketTax tax = cbec(line(APPLIANCE, "6000.00"));
        assertEquals(TaxBasis.CBEC_SINGLE_ITEM_FULL_RATE, tax.basis());
        assertEquals(Money.cny("480.00"), tax.tariff());   // 8% MFN
        assertEquals(Money.cny("842.40"), tax.vat());      // (6000 + 480) x 13%, no 70% relief
    }

    @Test
    void severalItemsAboveTheTransactionLimitAreRefusedNamingTheRule() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> calculator.quote(Regime.CBEC_BONDED, TODAY,
                        List.of(new TaxableLine(APPLIANCE, Money.cny("5000.02"), 2, null))));
        assertEquals("per-transaction-limit", refused.rule());
        assertEquals("lines", refused.field());
    }

    @Test
    void theLimitItselfIsStillWithinTheLimits() {
        assertEquals(TaxBasis.CBEC_WITHIN_LIMITS, cbec(line(APPLIANCE, "2500.00"), line(APPLIANCE, "2500.00")).basis());
    }

    @Test
    void generalTradePaysTariffAndFullVat() {
        BasketTax tax = calculator.quote(Regime.GENERAL_TRADE, TODAY, List.of(line(MILK_POWDER, "100.00")));
        assertEquals(TaxBasis.GENERAL_TRADE, tax.basis());
        assertEquals(Money.cny("10.00"), tax.tariff());
        assertEquals(Money.cny("9.90"), tax.vat()); // (100 + 10) x 9%
    }

    @Test
    void generalTradeWithoutATariffOnFileIsRefusedNotGuessed() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> calculator.quote(Regime.GENERAL_TRADE, TODAY,
                List.of(line(MILK_POWDER, "1.00"), line(HsCode.of("95030000"), "10.00"))));
        assertEquals("lines[1].hsCode", refused.field());
        assertEquals("tariff-rate-on-file", refused.rule());
    }

    @Test
    void aRateChangeOnADateChangesQuotesFromThatDate() {
        List<TaxableLine> basket = List.of(line(APPLIANCE, "100.00"));
        assertEquals(Money.cny("11.20"), calculator.quote(Regime.CBEC_DIRECT_MAIL, LocalDate.of(2019, 3, 31), basket).total());
        assertEquals(Money.cny("9.10"), calculator.quote(Regime.CBEC_DIRECT_MAIL, LocalDate.of(2019, 4, 1), basket).total());
    }

    @Test
    void theLimitsInForceOnTheDateApply() {
        // 2018: per transaction 2,000 (财关税〔2016〕18号); 2019 on: 5,000 (〔2018〕49号).
        List<TaxableLine> basket = List.of(new TaxableLine(APPLIANCE, Money.cny("3000.00"), 3, null));
        assertThrows(RuleViolation.class, () -> calculator.quote(Regime.CBEC_DIRECT_MAIL, LocalDate.of(2018, 12, 31), basket));
        assertEquals(TaxBasis.CBEC_WITHIN_LIMITS, calculator.quote(Regime.CBEC_DIRECT_MAIL, LocalDate.of(2019, 1, 1), basket).basis());
    }
}
