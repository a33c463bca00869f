package io.kuajing.kernel;

import java.util.regex.Pattern;

/**
 * Rules for free text a person types, in one place: stripped, within the length of the column that keeps it and of
 * the customs field it is declared in, no control characters (a newline in a name breaks the XML message and the
 * label), and for names no markup (a name is printed on labels and shown to operators).
 */
public final class Text {

    /** Real names of buyer, payer and consignee: CEB311 buyerName and CEB411 payerName take 60 characters. */
    public static final int NAME = 60;
    /** Street address: CEB311/CEB511 consigneeAddress take 200. */
    public static final int ADDRESS = 200;
    /** A reason given for a cancellation or return (the order keeps 500). */
    public static final int REASON = 500;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029&&[^\\u200d]]");
    private static final Pattern MARKUP = Pattern.compile("[<>&\"]");

    private Text() {
    }

    /** A required text of at most {@code max} characters without control characters, stripped. */
    public static String required(String raw, String field, int max) {
        String text = optional(raw, field, max);
        if (text == null || text.isEmpty()) {
            throw new RuleViolation(field, "required", field + " is required");
        }
        return text;
    }

    /** An optional text (null or blank gives null) of at most {@code max} characters without control characters. */
    public static String optional(String raw, String field, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (CONTROL.matcher(text).find()) {
            throw new RuleViolation(field, "no-control-characters", "must not contain control characters (line breaks, tabs, invisible marks)");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new RuleViolation(field, "max-length", "at most " + max + " characters");
        }
        return text;
    }

    /** A person's name: required, at most {@link #NAME} characters, no control characters and no markup. */
    public static String personName(String raw, String field) {
        String name = required(raw, field, NAME);
        if (MARKUP.matcher(name).find()) {
            throw new RuleViolation(field, "no-markup", "a name holds no markup (< > & \")");
        }
        return name;
    }
}
