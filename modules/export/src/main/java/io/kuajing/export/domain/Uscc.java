package io.kuajing.export.domain;

import java.util.Locale;

import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character alphabet (digits and
 * capitals without I, O, S, V, Z); the last one is a check character computed from the first 17 with weights
 * 3^i mod 31. A code with a wrong check character is a typo (or a made-up company): refused at onboarding.
 */
@ValueObject
public record Uscc(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        if (value == null || value.length() != 18) {
            throw new RuleViolation("uscc", "uscc-length", "a unified social credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new RuleViolation("uscc", "uscc-characters", "character " + (i + 1) + " ('" + value.charAt(i)
                        + "') is not one GB 32100 allows (digits and capitals except I, O, S, V, Z)");
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new RuleViolation("uscc", "uscc-check-digit", "the check character of " + value
                    + " is wrong (GB 32100-2015): the code is mistyped");
        }
    }

    /** Reads what an operator typed: surrounding blanks dropped, letters made capital. */
    public static Uscc parse(String typed) {
        return new Uscc(typed == null ? null : typed.strip().toUpperCase(Locale.ROOT));
    }

    /** The check character of the first 17 characters: 31 - (weighted sum mod 31), with 31 written as 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
