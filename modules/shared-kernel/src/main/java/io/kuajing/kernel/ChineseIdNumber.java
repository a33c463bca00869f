package io.kuajing.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A PRC resident identity card number (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence and an ISO 7064 MOD 11-2 check character. The checksum proves format only, not identity.
 *
 * <p>Personal data: {@link #toString()} is masked so the number cannot leak into logs by accident;
 * {@link #value()} is for the few places (customs declarations) that must carry it in full.
 */
@ValueObject
public final class ChineseIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");

    private final String value;

    private ChineseIdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a number; a lower-case final 'x' is accepted and normalised.
     *
     * @throws IllegalArgumentException naming the rule that failed, without echoing the number
     */
    public static ChineseIdNumber of(String raw) {
        String candidate = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(candidate).matches()) {
            throw new IllegalArgumentException("ID number must be 17 digits followed by a digit or X");
        }
        birthDateOf(candidate);
        if (checkCharacter(candidate) != candidate.charAt(17)) {
            throw new IllegalArgumentException("ID number check character (ISO 7064 MOD 11-2) does not match");
        }
        return new ChineseIdNumber(candidate);
    }

    /** The valid number made of these 17 digits and their check character: for generated test and demo buyers. */
    public static ChineseIdNumber completing(String first17Digits) {
        return of(first17Digits + checkCharacter(first17Digits));
    }

    /** The check character for the first 17 digits of {@code number}. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (date.getYear() < 1800) {
                throw new IllegalArgumentException("ID number birth date is before 1800");
            }
            return date;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ID number birth date is not a real date");
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The full number; only for documents that must carry it, never for logs or listings. */
    public String value() {
        return value;
    }

    /** Masked form for logs and listings: first 3 and last 2 characters kept. */
    public String masked() {
        return PersonalData.maskIdNumber(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChineseIdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
