package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.reference.Csv;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;
import org.junit.jupiter.api.Test;

class PositiveListTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final PositiveListEditions list = Fixtures.REFERENCE.positiveList();

    @Test
    void aListedLineIsEligibleUnderEveryCbecRegimeByItsEightDigitTariffLine() {
        Eligibility answer = list.eligibility(HsCode.of("3304990099"), Regime.CBEC_DIRECT_MAIL, TODAY);
        assertTrue(answer.eligible());
        assertEquals("listed", answer.rule());
    }

    @Test
    void anUnlistedLineIsDirectPurchaseOnlyAndTheReasonSaysSo() {
        Eligibility answer = list.eligibility(HsCode.of("95030000"), Regime.CBEC_BONDED, TODAY);
        assertFalse(answer.eligible());
        assertEquals("not-listed", answer.rule());
        assertTrue(answer.reason().contains("direct purchase"), answer.reason());
    }

    @Test
    void aBondedOnlyLineIsRefusedForDirectMailButAcceptedForBondedImport() {
        HsCode supplement = HsCode.of("21069090");
        assertEquals("bonded-only", list.eligibility(supplement, Regime.CBEC_DIRECT_MAIL, TODAY).rule());
        assertTrue(list.eligibility(supplement, Regime.CBEC_BONDED_NON_PILOT, TODAY).eligible());
    }

    @Test
    void aYearlyQuantityCapIsReportedWithTheEntry() {
        Eligibility rice = list.eligibility(HsCode.of("10063020"), Regime.CBEC_BONDED, TODAY);
        assertTrue(rice.eligible());
        assertEquals(0, new BigDecimal("20").compareTo(rice.entry().orElseThrow().yearlyCap()));
        assertTrue(rice.reason().contains("20 kg"), rice.reason());
    }

    @Test
    void aDelistedLineIsEligibleBeforeItsEndDateOnly() {
        HsCode dryer = HsCode.of("85163200");
        assertTrue(list.eligibility(dryer, Regime.CBEC_DIRECT_MAIL, LocalDate.of(2022, 2, 28)).eligible());
        assertFalse(list.eligibility(dryer, Regime.CBEC_DIRECT_MAIL, LocalDate.of(2022, 3, 1)).eligible());
    }

    @Test
    void aBrokenFileNamesTheLineAtFault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PositiveListEditions.from(
                Csv.parse("bad.csv", "tariff_line,effective_from,effective_until,bonded_only,yearly_cap,cap_unit,description\n"
                        + "3304990,2016-04-08,,false,,,seven digits\n")));
        assertTrue(e.getMessage().contains("8-digit"), e.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> PositiveListEditions.from(
                Csv.parse("bad.csv", "tariff_line,effective_from,effective_until,bonded_only,yearly_cap,cap_unit,description\n"
                        + "33049900,2016-04-08,,yes,,,flag\n")));
        assertTrue(flag.getMessage().startsWith("bad.csv:2:"), flag.getMessage());
    }

    @Test
    void portsOfEntryDecideBetween1210And1239() {
        assertEquals(Regime.CBEC_BONDED, Fixtures.REFERENCE.ports().byCode("2900").orElseThrow().bondedRegime());
        assertEquals(Regime.CBEC_BONDED_NON_PILOT, Fixtures.REFERENCE.ports().byCode("8800").orElseThrow().bondedRegime());
        assertTrue(Fixtures.REFERENCE.ports().byCode("9999").isEmpty());
    }
}
