package io.kuajing.kernel;

import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A mainland China mobile number (11 digits, 1[3-9]...), the phone customs and couriers accept: the one rule for a
 * buyer's, a payer's and a consignee's phone wherever it enters (checkout, shipment orders). Spaces, dashes and a
 * +86 prefix are dropped. Masked in toString.
 */
@ValueObject
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");
    // Compiled once: every checkout reads two numbers (String.replaceAll would compile these each time).
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?86");

    public static MobileNumber of(String field, String raw) {
        if (raw == null || raw.length() > 20) {
            throw new RuleViolation(field, "mobile-format", "must be a mainland mobile number: 11 digits starting 13-19");
        }
        String digits = COUNTRY_CODE.matcher(SEPARATORS.matcher(raw).replaceAll("")).replaceFirst("");
        if (!FORMAT.matcher(digits).matches()) {
            throw new RuleViolation(field, "mobile-format", "must be a mainland mobile number: 11 digits starting 13-19");
        }
        return new MobileNumber(digits);
    }

    @Override
    public String toString() {
        return PersonalData.maskPhone(value);
    }
}
