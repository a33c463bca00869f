package io.kuajing.catalog.adapter.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import io.kuajing.catalog.domain.DeliveryPromise;
import io.kuajing.catalog.domain.Mode;
import io.kuajing.catalog.domain.Eligibility;
import io.kuajing.catalog.domain.TaxQuote;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import org.junit.jupiter.api.Test;

/** The shipped reference files in config/catalog, read by the plain adapters. */
class ReferenceDataTest {

    static ReferenceSettings shipped() {
        ReferenceSettings settings = new ReferenceSettings();
        settings.setReferenceDir("../../config/catalog");
        return settings;
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theFxRateInForceIsTheLatestOnOrBeforeTheDate() {
        CsvFxRates rates = new CsvFxRates(shipped());
        Currency usd = Currency.getInstance("USD");
        assertEquals(new BigDecimal("7.1234"), rates.rateOn(usd, LocalDate.of(2026, 11, 19)).orElseThrow().cnyPerUnit());
        assertEquals(new BigDecimal("7.1052"), rates.rateOn(usd, LocalDate.of(2026, 11, 20)).orElseThrow().cnyPerUnit());
        assertTrue(rates.rateOn(usd, LocalDate.of(2026, 10, 31)).isEmpty(), "no rate before the first one");
        assertTrue(rates.rateOn(Currency.getInstance("CHF"), TODAY).isEmpty());
    }

    @Test
    void positiveListStandingIncludingBondedOnlyAndDelistedLines() {
        CsvPositiveList list = new CsvPositiveList(shipped());
        assertEquals(Eligibility.Status.LISTED, list.eligibilityOf(HsCode.of("3304990099"), TODAY).status());
        assertEquals(Eligibility.Status.BONDED_ONLY, list.eligibilityOf(HsCode.of("2106909090"), TODAY).status());
        assertEquals(Eligibility.Status.NOT_LISTED, list.eligibilityOf(HsCode.of("3004909099"), TODAY).status());
        assertEquals(Eligibility.Status.LISTED, list.eligibilityOf(HsCode.of("85163200"), LocalDate.of(2022, 2, 28)).status());
        assertEquals(Eligibility.Status.NOT_LISTED, list.eligibilityOf(HsCode.of("85163200"), LocalDate.of(2022, 3, 1)).status());
    }

    @Test
    void cbecTaxOnGeneralGoodsIs9Point1Percent() {
        TaxQuote quote = new CsvTaxQuotes(shipped()).quote(HsCode.of("1901101000"), Mode.DIRECT_MAIL,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("0.00"), quote.tariff());
        assertEquals(Money.cny("9.10"), quote.total());
    }

    @Test
    void cbecTaxOnHighEndCosmeticsIs23Point06PercentAndEachTaxIsRoundedToTheFen() {
        TaxQuote quote = new CsvTaxQuotes(shipped()).quote(HsCode.of("3304990099"), Mode.FLASH_PURCHASE,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("12.35"), quote.consumptionTax(), "100 / 0.85 x 0.15 x 0.7 = 12.3529");
        assertEquals(Money.cny("10.71"), quote.vat(), "(100 + 17.647) x 0.13 x 0.7 = 10.7059");
        assertEquals(Money.cny("23.06"), quote.total());
    }

    @Test
    void cosmeticsBelowTheHighEndThresholdPayNoConsumptionTax() {
        TaxQuote quote = new CsvTaxQuotes(shipped()).quote(HsCode.of("3304990099"), Mode.DIRECT_MAIL,
                Money.cny("14.99"), TODAY).orElseThrow();
        assertEquals(Money.cny("0.00"), quote.consumptionTax());
        assertEquals(Money.cny("1.36"), quote.vat(), "14.99 x 9.1% = 1.364");
    }

    @Test
    void aboveTheSingleTransactionLimitCbecIsTaxedInFullAtGeneralRates() {
        TaxQuote quote = new CsvTaxQuotes(shipped()).quote(HsCode.of("8471300000"), Mode.DIRECT_MAIL,
                Money.cny("6000.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("780.00"), quote.total(), "tariff 0% + VAT 13% in full");
        assertTrue(quote.basis().contains("limit"), quote.basis());
    }

    @Test
    void generalTradeStacksTariffConsumptionTaxAndVat() {
        TaxQuote quote = new CsvTaxQuotes(shipped()).quote(HsCode.of("3304990099"), Mode.DIRECT_PURCHASE,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("1.00"), quote.tariff());
        assertEquals(Money.cny("17.82"), quote.consumptionTax(), "101 / 0.85 x 0.15 = 17.8235");
        assertEquals(Money.cny("15.45"), quote.vat(), "(101 + 17.8235) x 0.13 = 15.447");
    }

    @Test
    void generalTradeWithoutATariffOnFileIsNotGuessed() {
        assertTrue(new CsvTaxQuotes(shipped()).quote(HsCode.of("9503000000"), Mode.DIRECT_PURCHASE,
                Money.cny("100.00"), TODAY).isEmpty());
    }

    @Test
    void freightGrowsPerStartedHalfKilo() {
        CsvFreightEstimates freight = new CsvFreightEstimates(shipped());
        CountryCode us = CountryCode.of("US");
        assertEquals(Money.cny("58.00"), freight.estimate(Mode.DIRECT_MAIL, us, 500, TODAY).orElseThrow());
        assertEquals(Money.cny("80.00"), freight.estimate(Mode.DIRECT_MAIL, us, 501, TODAY).orElseThrow());
        assertEquals(Money.cny("80.00"), freight.estimate(Mode.DIRECT_MAIL, us, null, TODAY).orElseThrow(),
                "unknown weight: the default 1000 g");
        assertEquals(Money.cny("93.00"), freight.estimate(Mode.DIRECT_MAIL, CountryCode.of("DE"), 1000, TODAY)
                .orElseThrow(), "the * row for other origins");
    }

    @Test
    void directMailPromisesWorkingDaysSkippingTheWeekend() {
        // Monday 2026-11-23 + 6..8 working days = Tuesday 2026-12-01 .. Thursday 2026-12-03.
        DeliveryPromise promise = new CsvDeliveryPromises(shipped())
                .promise(Mode.DIRECT_MAIL, CountryCode.of("US"), TODAY).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 1), promise.earliest());
        assertEquals(LocalDate.of(2026, 12, 3), promise.latest());
    }
}
