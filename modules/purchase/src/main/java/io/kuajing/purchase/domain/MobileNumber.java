package io.kuajing.purchase.domain;

import java.util.regex.Pattern;

import io.kuajing.kernel.PersonalData;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/** A mainland China mobile number (11 digits, 1[3-9]...), the phone customs and couriers accept. Masked in toString. */
@ValueObject
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");

    public static MobileNumber of(String field, String raw) {
        if (raw == null || raw.length() > 20) {
            throw new RuleViolation(field, "mobile-format", "must be a mainland mobile number: 11 digits starting 13-19");
        }
        String digits = raw.replaceAll("[ -]", "").replaceFirst("^\\+?86", "");
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
