package io.kuajing.plugin.marketplace;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed remark on a result, instead of an exception, so one bad row or one refused listing never hides the rest.
 *
 * @param code      stable, machine-readable, lower-case-with-dashes (for example {@code missing-title},
 *                  {@code bad-price}, {@code feed-unreadable}, {@code rate-limited})
 * @param level     how bad it is; {@link Level#ERROR} means the item it refers to was not processed
 * @param text      for a human, in English
 * @param retryable whether the same call may succeed later (rate limits, timeouts), as opposed to bad data
 * @param ref       what it is about: an external ref, a SKU, or {@code file:line}; may be null for the whole call
 */
public record Message(String code, Level level, String text, boolean retryable, String ref) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public Message {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("message code must match " + CODE.pattern() + ": " + code);
        }
    }

    public static Message error(String code, String ref, String text) {
        return new Message(code, Level.ERROR, text, false, ref);
    }

    public static Message warning(String code, String ref, String text) {
        return new Message(code, Level.WARNING, text, false, ref);
    }

    public static Message retryable(String code, String ref, String text) {
        return new Message(code, Level.ERROR, text, true, ref);
    }

    /** How bad a message is. */
    public enum Level {
        INFO, WARNING, ERROR
    }
}
