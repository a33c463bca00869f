package io.kuajing.kernel;

/**
 * Masking of personal data (ID numbers, names, phones, addresses) for logs and listings, so a log line or
 * an operator screen never shows what only a customs declaration may carry.
 */
public final class PersonalData {

    private PersonalData() {
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

    /** A resident ID number keeps its first 3 and last 2 characters: 110*************1X. */
    public static String maskIdNumber(String idNumber) {
        return mask(idNumber, 3, 2);
    }

    /** A mainland mobile number: 138****5678. */
    public static String maskPhone(String phone) {
        return mask(phone, 3, 4);
    }

    /** A name keeps its first character only: 张**. */
    public static String maskName(String name) {
        return mask(name, 1, 0);
    }

    /** An address keeps its first 6 characters (province and city) only. */
    public static String maskAddress(String address) {
        return mask(address, 6, 0);
    }
}
