package io.kuajing.kernel;

import java.math.BigDecimal;

/**
 * Counting rules for units a consumer asks for, in one place: a whole number (a fraction is refused, never rounded),
 * at least 1 and at most a cap. Requests carry the number as the JSON gave it (a {@link BigDecimal}), so 1.5 is seen
 * as 1.5 and not silently read as 1.
 */
public final class Quantity {

    /** Units of one product on one order line: more than a household buys, fewer than a reseller would. */
    public static final int MAX_UNITS_PER_LINE = 99;
    /** Lines of one checkout (and products in one basket). */
    public static final int MAX_LINES = 30;

    private Quantity() {
    }

    /** The whole number of units, or a {@link RuleViolation} naming {@code field}: required, integer, quantity-range. */
    public static int units(BigDecimal raw, String field) {
        return whole(raw, field, 1, MAX_UNITS_PER_LINE, "quantity-range");
    }

    /** A whole number within [min, max]; {@code rangeRule} names the range broken. */
    public static int whole(BigDecimal raw, String field, long min, long max, String rangeRule) {
        if (raw == null) {
            throw new RuleViolation(field, "required", "a whole number is required");
        }
        BigDecimal value = raw.stripTrailingZeros();
        if (value.scale() > 0) {
            throw new RuleViolation(field, "integer", "must be a whole number, got " + shown(raw));
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new RuleViolation(field, rangeRule, "must be " + min + " to " + max + ", got " + shown(raw));
        }
        return value.intValueExact();
    }

    /** Lines of a request: at least one, at most {@link #MAX_LINES}. */
    public static void lineCount(int lines, String field) {
        if (lines > MAX_LINES) {
            throw new RuleViolation(field, "lines-range", "at most " + MAX_LINES + " lines, got " + lines);
        }
    }

    /** A number as it may be echoed back: never the 400 digits of 1e400. */
    private static String shown(BigDecimal raw) {
        String plain = raw.precision() - raw.scale() > 20 || raw.scale() > 20 ? raw.toString() : raw.toPlainString();
        return plain.length() > 30 ? plain.substring(0, 30) + "…" : plain;
    }
}
