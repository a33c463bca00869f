package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.kuajing.customs.support.Fixtures;
import io.kuajing.kernel.CountryCode;
import org.junit.jupiter.api.Test;

/** Every country of origin the sample catalogues name has its customs country code (countries.csv). */
class CustomsCountriesTest {

    @Test
    void everyOriginOfTheSampleCataloguesHasACustomsCountryCode() throws IOException {
        Set<String> origins = new TreeSet<>();
        // SP-API JSON: "country_of_origin": [ { "value": "VN" ... } ]; JP CSV: the last column, 原産国.
        Pattern origin = Pattern.compile(
                "\"country_of_origin\":\\s*\\[\\s*\\{[^}]*?\"value\":\\s*\"([A-Z]{2})\"|,\\d{10},([A-Z]{2})\\s*$",
                Pattern.MULTILINE);
        try (Stream<Path> feeds = Files.walk(Path.of("../../config/samples"))) {
            for (Path feed : feeds.filter(Files::isRegularFile).toList()) {
                Matcher m = origin.matcher(Files.readString(feed, StandardCharsets.UTF_8));
                while (m.find()) {
                    origins.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(origins.size() >= 5, "sample catalogue origins found: " + origins);
        Set<String> missing = new TreeSet<>();
        origins.forEach(iso -> {
            try {
                Fixtures.REFERENCE.countries().codeOf(CountryCode.of(iso), "country");
            } catch (RuntimeException e) {
                missing.add(iso);
            }
        });
        assertEquals(Set.of(), missing);
    }
}
