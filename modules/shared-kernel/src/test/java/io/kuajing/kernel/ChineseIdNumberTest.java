package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChineseIdNumberTest {

    @Test
    void acceptsTheStandardsExamples() {
        assertEquals(LocalDate.of(1949, 12, 31), ChineseIdNumber.of("11010519491231002X").birthDate());
        assertEquals(LocalDate.of(1880, 1, 1), ChineseIdNumber.of("440524188001010014").birthDate());
    }

    @Test
    void normalisesLowerCaseX() {
        assertEquals("11010519491231002X", ChineseIdNumber.of("11010519491231002x").value());
    }

    @Test
    void rejectsAWrongCheckCharacterWithoutEchoingTheNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChineseIdNumber.of("110105194912310021"));
        assertTrue(e.getMessage().contains("check character"));
        assertFalse(e.getMessage().contains("110105"));
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        // 1949-02-30 does not exist; the check character is made valid so only the date can fail.
        String body = "11010519490230002";
        String number = body + ChineseIdNumber.checkCharacter(body);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of(number));
        assertTrue(e.getMessage().contains("birth date"));
    }

    @Test
    void rejectsWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of(null));
    }

    @Test
    void masksInToString() {
        ChineseIdNumber id = ChineseIdNumber.of("11010519491231002X");
        assertEquals("110*************2X", id.toString());
    }

    @Property
    void everySingleDigitChangeIsCaught(@ForAll @IntRange(min = 0, max = 16) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = "11010519491231002X";
        char changed = (char) ('0' + (valid.charAt(position) - '0' + delta) % 10);
        String tampered = valid.substring(0, position) + changed + valid.substring(position + 1);
        // MOD 11-2 detects every single-digit error, so the tampered number must fail (on date or checksum).
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of(tampered));
    }
}
