package io.kuajing.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kuajing.kernel.RuleViolation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void publishedCodesPassTheirCheckCharacter() {
        // GB 32100-2015's worked example and two companies' codes as printed on their business licences.
        for (String code : new String[]{"91350100M000100Y43", "91110000802100433B", "9144030071526726XG"}) {
            assertEquals(code, Uscc.parse(" " + code.toLowerCase() + " ").value());
        }
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheRule() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Uscc.parse("91350100M000100Y44"));
        assertEquals("uscc", refused.field());
        assertEquals("uscc-check-digit", refused.rule());
    }

    @Test
    void lettersGb32100LeavesOutAndWrongLengthsAreRefused() {
        assertEquals("uscc-characters", assertThrows(RuleViolation.class, () -> Uscc.parse("91350100M000100I43")).rule());
        assertEquals("uscc-length", assertThrows(RuleViolation.class, () -> Uscc.parse("91350100M000100Y4")).rule());
        assertEquals("uscc-length", assertThrows(RuleViolation.class, () -> Uscc.parse(null)).rule());
    }

    /** Any single mistyped character (one position changed to another allowed character) is caught. */
    @Property(tries = 300)
    void everySingleCharacterTypoIsCaught(@ForAll @IntRange(min = 0, max = 17) int position,
                                          @ForAll @IntRange(min = 1, max = 30) int shift) {
        String good = "91350100M000100Y43";
        int index = Uscc.ALPHABET.indexOf(good.charAt(position));
        char typo = Uscc.ALPHABET.charAt((index + shift) % 31);
        String mistyped = good.substring(0, position) + typo + good.substring(position + 1);
        assertThrows(RuleViolation.class, () -> new Uscc(mistyped));
    }
}
