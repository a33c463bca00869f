package io.kuajing.catalog.adapter.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import io.kuajing.catalog.domain.Eligibility;
import io.kuajing.catalog.domain.PositiveList;
import io.kuajing.catalog.domain.TaxQuote;
import io.kuajing.catalog.domain.TaxQuotes;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalogue's positive-list and tax questions, answered by the customs module from config/customs. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomsBridgeTest implements WithTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    PositiveList positiveList;

    @Inject
    TaxQuotes taxQuotes;

    @Test
    void positiveListStandingIncludingBondedOnlyAndDelistedLines() {
        PositiveList list = positiveList;
        assertEquals(Eligibility.Status.LISTED, list.eligibilityOf(HsCode.of("3304990099"), TODAY).status());
        assertEquals(Eligibility.Status.BONDED_ONLY, list.eligibilityOf(HsCode.of("2106909090"), TODAY).status());
        assertEquals(Eligibility.Status.NOT_LISTED, list.eligibilityOf(HsCode.of("3004909099"), TODAY).status());
        assertEquals(Eligibility.Status.LISTED, list.eligibilityOf(HsCode.of("85163200"), LocalDate.of(2022, 2, 28)).status());
        assertEquals(Eligibility.Status.NOT_LISTED, list.eligibilityOf(HsCode.of("85163200"), LocalDate.of(2022, 3, 1)).status());
    }

    @Test
    void cbecTaxOnGeneralGoodsIs9Point1Percent() {
        TaxQuote quote = taxQuotes.quote(HsCode.of("1901101000"), FulfilmentMode.DIRECT_MAIL,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("0.00"), quote.tariff());
        assertEquals(Money.cny("9.10"), quote.total());
    }

    @Test
    void cbecTaxOnHighEndCosmeticsIs23Point06PercentAndEachTaxIsRoundedToTheFen() {
        TaxQuote quote = taxQuotes.quote(HsCode.of("3304990099"), FulfilmentMode.FLASH_PURCHASE,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("12.35"), quote.consumptionTax(), "100 / 0.85 x 0.15 x 0.7 = 12.3529");
        assertEquals(Money.cny("10.71"), quote.vat(), "(100 + 17.647) x 0.13 x 0.7 = 10.7059");
        assertEquals(Money.cny("23.06"), quote.total());
    }

    @Test
    void cosmeticsBelowTheHighEndThresholdPayNoConsumptionTax() {
        TaxQuote quote = taxQuotes.quote(HsCode.of("3304990099"), FulfilmentMode.DIRECT_MAIL,
                Money.cny("14.99"), TODAY).orElseThrow();
        assertEquals(Money.cny("0.00"), quote.consumptionTax());
        assertEquals(Money.cny("1.36"), quote.vat(), "14.99 x 9.1% = 1.364");
    }

    @Test
    void aboveTheSingleTransactionLimitCbecIsTaxedInFullAtGeneralRates() {
        TaxQuote quote = taxQuotes.quote(HsCode.of("8471300000"), FulfilmentMode.DIRECT_MAIL,
                Money.cny("6000.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("780.00"), quote.total(), "tariff 0% + VAT 13% in full");
        assertTrue(quote.basis().contains("limit"), quote.basis());
    }

    @Test
    void generalTradeStacksTariffConsumptionTaxAndVat() {
        TaxQuote quote = taxQuotes.quote(HsCode.of("3304990099"), FulfilmentMode.DIRECT_PURCHASE,
                Money.cny("100.00"), TODAY).orElseThrow();
        assertEquals(Money.cny("1.00"), quote.tariff());
        assertEquals(Money.cny("17.82"), quote.consumptionTax(), "101 / 0.85 x 0.15 = 17.8235");
        assertEquals(Money.cny("15.45"), quote.vat(), "(101 + 17.8235) x 0.13 = 15.447");
    }

    @Test
    void generalTradeWithoutATariffOnFileIsNotGuessed() {
        assertTrue(taxQuotes.quote(HsCode.of("9503000000"), FulfilmentMode.DIRECT_PURCHASE,
                Money.cny("100.00"), TODAY).isEmpty());
    }

}
