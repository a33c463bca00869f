package io.kuajing.export.domain;

import java.util.Locale;

import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The vendor's customs registration code (海关注册编码, ebcCode on the export messages): 10 characters, digits and
 * capitals, the first four the customs district where the company registered.
 */
@ValueObject
public record CustomsRegistrationCode(String value) {

    public CustomsRegistrationCode {
        if (value == null || !value.matches("[0-9]{4}[0-9A-Z]{6}")) {
            throw new RuleViolation("customsCode", "customs-code-format",
                    "a customs registration code is 10 characters: 4 digits (the district) and 6 digits or capitals");
        }
    }

    public static CustomsRegistrationCode parse(String typed) {
        return new CustomsRegistrationCode(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }
}
