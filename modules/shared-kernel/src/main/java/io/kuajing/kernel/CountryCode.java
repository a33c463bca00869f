package io.kuajing.kernel;

import java.util.Locale;
import java.util.Set;

import org.jmolecules.ddd.annotation.ValueObject;

/** An ISO 3166-1 alpha-2 country code, upper case: {@code CN}, {@code US}, {@code JP}. */
@ValueObject
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public static final CountryCode CHINA = new CountryCode("CN");

    public CountryCode {
        if (value == null || !ISO.contains(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
