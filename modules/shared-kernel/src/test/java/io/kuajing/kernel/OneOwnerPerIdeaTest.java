package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The kernel's single answers to questions several modules ask: regime of a mode, a valid phone, an unknown weight. */
class OneOwnerPerIdeaTest {

    @Test
    void eachModeIsDeclaredUnderItsRegimeAndBothAgreeOnCrossBorder() {
        assertEquals(Regime.GENERAL_TRADE, Regime.of(FulfilmentMode.DIRECT_PURCHASE));
        assertEquals(Regime.CBEC_DIRECT_MAIL, Regime.of(FulfilmentMode.DIRECT_MAIL));
        assertEquals(Regime.CBEC_BONDED, Regime.of(FulfilmentMode.FLASH_PURCHASE));
        for (FulfilmentMode mode : FulfilmentMode.values()) {
            assertEquals(mode.isCrossBorder(), Regime.of(mode).isCrossBorder(), mode.name());
        }
        assertEquals("9610", Regime.of(FulfilmentMode.DIRECT_MAIL).code());
        assertEquals(Regime.CBEC_BONDED_NON_PILOT, Regime.ofCode("1239"));
        assertThrows(IllegalArgumentException.class, () -> Regime.ofCode("9999"));
    }

    @Test
    void aMobileNumberIsElevenDigitsFromThirteenAndDropsTheCountryPrefix() {
        assertEquals("13812345678", MobileNumber.of("phone", "+86 138-1234-5678").value());
        assertEquals("138****5678", MobileNumber.of("phone", "13812345678").toString());
        RuleViolation landline = assertThrows(RuleViolation.class, () -> MobileNumber.of("consignee.phone", "02112345678"));
        assertEquals("consignee.phone", landline.field());
        assertEquals("mobile-format", landline.rule());
        assertThrows(RuleViolation.class, () -> MobileNumber.of("phone", "12345678901"));
        assertThrows(RuleViolation.class, () -> MobileNumber.of("phone", null));
    }

    @Test
    void anUnknownWeightIsOneKilogram() {
        assertEquals(1000, UnitWeight.gramsOrUnknown(null));
        assertEquals(250, UnitWeight.gramsOrUnknown(250));
    }
}
