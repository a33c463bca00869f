package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.kuajing.customs.domain.reference.LegalUnits;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** Legal units (legal-units.csv) cover what Kuajing sells, and legal quantities follow the unit's kind. */
class LegalUnitsTest {

    static final LegalUnits UNITS = Fixtures.REFERENCE.legalUnits();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void everyHsCodeOfTheSampleCataloguesAndThePositiveListHasItsLegalUnit() throws IOException {
        Set<String> codes = new TreeSet<>();
        // SP-API JSON: "cn_hs_code": [ { "value": "..." } ]; JP CSV: the HS code column, before the origin column.
        Pattern feedCode = Pattern.compile(
                "\"cn_hs_code\":\\s*\\[\\s*\\{\\s*\"value\":\\s*\"(\\d{10})\"|,(\\d{10})(?:,[A-Z]{0,2})?\\s*$",
                Pattern.MULTILINE);
        try (Stream<Path> feeds = Files.walk(Path.of("../../config/samples"))) {
            for (Path feed : feeds.filter(Files::isRegularFile).toList()) {
                Matcher m = feedCode.matcher(Files.readString(feed, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(codes.size() >= 12, "sample catalogue codes found: " + codes);
        for (String line : Files.readAllLines(Fixtures.CONFIG.resolve("positive-list.csv"), StandardCharsets.UTF_8)) {
            if (line.matches("\\d{8},.*")) {
                codes.add(line.substring(0, 8));
            }
        }
        Set<String> missing = new TreeSet<>();
        codes.forEach(c -> {
            if (UNITS.of(HsCode.of(c), TODAY).isEmpty()) {
                missing.add(c);
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void countedUnitsTakeTheQuantityAndWeightUnitsTheNetWeight() {
        var laptop = UNITS.quantities(HsCode.of("8471300000"), "011", new BigDecimal("2"), new BigDecimal("2.6"), TODAY, "lines[0]");
        assertEquals("001", laptop.unit1());
        assertEquals(new BigDecimal("2"), laptop.qty1());
        assertEquals("035", laptop.unit2());
        assertEquals(0, new BigDecimal("2.6").compareTo(laptop.qty2()));
        var shoes = UNITS.quantities(HsCode.of("6404110000"), "011", BigDecimal.ONE, null, TODAY, "lines[0]");
        assertEquals("025", shoes.unit1());
        assertEquals(null, shoes.unit2());
        var formula = UNITS.quantities(HsCode.of("1901101000"), "011", new BigDecimal("3"), new BigDecimal("2.4"), TODAY, "lines[1]");
        assertEquals("035", formula.unit1());
        assertEquals(0, new BigDecimal("2.4").compareTo(formula.qty1()));
    }

    @Test
    void aWeightLegalUnitWithoutTheWeightOrAnUnknownCodeIsNotDeclarable() {
        RuleViolation noWeight = assertThrows(RuleViolation.class, () -> UNITS.quantities(HsCode.of("3304990099"), "011",
                BigDecimal.ONE, null, TODAY, "lines[2]"));
        assertEquals("lines[2].netWeight", noWeight.field());
        assertEquals("legal-quantity", noWeight.rule());
        assertFalse(UNITS.of(HsCode.of("9503000000"), TODAY).isPresent());
        assertEquals("legal-unit", assertThrows(RuleViolation.class, () -> UNITS.quantities(HsCode.of("9503000000"), "011",
                BigDecimal.ONE, BigDecimal.ONE, TODAY, "lines[0]")).rule());
    }
}
