package io.kuajing.plugin.carrier;

/**
 * Masking of personal data in the SPI's own {@code toString()}s and in plugin messages, so nothing a carrier
 * logs or throws shows a full phone, address or ID number. (The SPI cannot use the host's kernel masking.)
 */
public final class Masking {

    private Masking() {
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters and stars the rest. */
    public static String mask(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, length - tail);
        return value.substring(0, headEnd) + "*".repeat(length - head - tail) + value.substring(tailStart);
    }

    public static String phone(String phone) {
        return mask(phone, 3, 4);
    }

    public static String name(String name) {
        return mask(name, 1, 0);
    }

    public static String street(String street) {
        return mask(street, 2, 0);
    }

    public static String idNumber(String id) {
        return mask(id, 1, 1);
    }
}
