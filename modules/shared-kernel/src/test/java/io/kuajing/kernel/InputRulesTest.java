package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The input rules every module applies: whole quantities, bounded clean text, counties that exist. */
class InputRulesTest {

    @Test
    void aQuantityIsAWholeNumberWithinItsCapNeverRounded() {
        assertEquals(3, Quantity.units(new BigDecimal("3"), "q"));
        assertEquals(3, Quantity.units(new BigDecimal("3.000"), "q"), "3.000 is three units");
        assertEquals("integer", refused(() -> Quantity.units(new BigDecimal("1.5"), "q")).rule());
        assertEquals("quantity-range", refused(() -> Quantity.units(BigDecimal.ZERO, "q")).rule());
        assertEquals("quantity-range", refused(() -> Quantity.units(new BigDecimal("100"), "q")).rule());
        RuleViolation huge = refused(() -> Quantity.units(new BigDecimal("1e400"), "lines[0].quantity"));
        assertEquals("lines[0].quantity", huge.field());
        assertTrue(huge.getMessage().length() < 100, "1e400 is not spelled out: " + huge.getMessage());
        assertEquals("required", refused(() -> Quantity.units(null, "q")).rule());
        assertEquals("lines-range", refused(() -> Quantity.lineCount(Quantity.MAX_LINES + 1, "lines")).rule());
    }

    @Test
    void textIsStrippedBoundedAndFreeOfControlCharacters() {
        assertEquals("张三", Text.required("  张三 ", "name", 60));
        assertNull(Text.optional("   ", "reason", 500));
        assertEquals("max-length", refused(() -> Text.required("路".repeat(201), "address", Text.ADDRESS)).rule());
        assertEquals("路".repeat(200), Text.required("路".repeat(200), "address", Text.ADDRESS));
        for (String bad : new String[] {"张\n三", "张\u0000三", "张\t三", "张\u200b三", "张\u202e三", "\u001b[31m张三"}) {
            assertEquals("no-control-characters", refused(() -> Text.required(bad, "name", 60)).rule(), bad);
        }
        assertEquals("𠮷野家", Text.required("𠮷野家", "name", 3), "a supplementary character counts as one");
    }

    @Test
    void aPersonsNameHoldsNoMarkup() {
        assertEquals("欧阳·娜娜", Text.personName("欧阳·娜娜", "buyer.realName"));
        assertEquals("O'Brien", Text.personName("O'Brien", "buyer.realName"));
        for (String bad : new String[] {"<script>alert(1)</script>", "张三&amp;", "a\"b", "x>y"}) {
            assertEquals("no-markup", refused(() -> Text.personName(bad, "buyer.realName")).rule(), bad);
        }
        assertEquals("max-length", refused(() -> Text.personName("张".repeat(Text.NAME + 1), "buyer.realName")).rule());
    }

    @Test
    void aDivisionCodeIsACountyOfTheNationalList() {
        assertEquals("浦东新区", DivisionCode.of("310115", "d").name());
        assertEquals("东莞市", DivisionCode.of("441900", "d").name(), "a prefecture without counties is its own county");
        assertTrue(DivisionCode.known("650102"), "天山区, 乌鲁木齐");
        assertEquals("division-code", refused(() -> DivisionCode.of("31011", "d")).rule());
        assertEquals("division-code", refused(() -> DivisionCode.of("910115", "d")).rule());
        assertEquals("division-code-known", refused(() -> DivisionCode.of("310000", "d")).rule(), "a province");
        assertEquals("division-code-known", refused(() -> DivisionCode.of("310100", "d")).rule(), "a prefecture");
        assertEquals("division-code-known", refused(() -> DivisionCode.of("310199", "d")).rule());
        assertFalse(DivisionCode.known(null));
    }

    private static RuleViolation refused(Runnable call) {
        return assertThrows(RuleViolation.class, call::run);
    }
}
