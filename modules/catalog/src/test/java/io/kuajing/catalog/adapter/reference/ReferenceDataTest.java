package io.kuajing.catalog.adapter.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
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
    void freightGrowsPerStartedHalfKilo() {
        CsvFreightEstimates freight = new CsvFreightEstimates(shipped());
        CountryCode us = CountryCode.of("US");
        assertEquals(Money.cny("58.00"), freight.estimate(FulfilmentMode.DIRECT_MAIL, us, 500, TODAY).orElseThrow());
        assertEquals(Money.cny("80.00"), freight.estimate(FulfilmentMode.DIRECT_MAIL, us, 501, TODAY).orElseThrow());
        assertEquals(Money.cny("80.00"), freight.estimate(FulfilmentMode.DIRECT_MAIL, us, null, TODAY).orElseThrow(),
                "unknown weight: the default 1000 g");
        assertEquals(Money.cny("93.00"), freight.estimate(FulfilmentMode.DIRECT_MAIL, CountryCode.of("DE"), 1000, TODAY)
                .orElseThrow(), "the * row for other origins");
    }
}
