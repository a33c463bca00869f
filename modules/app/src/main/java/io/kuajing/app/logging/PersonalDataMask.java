package io.kuajing.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kuajing.kernel.PersonalData;

/**
 * The last line of defence for personal data in logs: whatever a message carries, resident ID numbers and
 * mainland mobile numbers are masked before it is written. Domain types mask themselves already; this catches
 * the raw strings that slip through.
 */
final class PersonalDataMask {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private PersonalDataMask() {
    }

    static String apply(String message) {
        if (message == null) {
            return null;
        }
        return replace(MOBILE, replace(ID_NUMBER, message, 3, 2), 3, 4);
    }

    private static String replace(Pattern pattern, String text, int head, int tail) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(PersonalData.mask(matcher.group(), head, tail)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
