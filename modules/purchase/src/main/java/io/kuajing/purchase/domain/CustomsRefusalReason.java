package io.kuajing.purchase.domain;

/**
 * Customs' reason without what is particular to one order: customs writes its rule, then after a colon the order's
 * figures ("CEB622 100 超过年度交易限值: 剩余额度 6000.00"), so counting by the whole text would give every order
 * a line of its own. The report counts by the rule.
 */
public final class CustomsRefusalReason {

    private CustomsRefusalReason() {
    }

    /** The reason up to its first colon (ASCII or full-width), trimmed; the whole reason when it has none. */
    public static String rule(String reason) {
        String text = reason == null ? "" : reason.strip();
        int colon = firstColon(text);
        return colon < 0 ? text : text.substring(0, colon).strip();
    }

    private static int firstColon(String text) {
        int ascii = text.indexOf(':');
        int fullWidth = text.indexOf('：');
        if (ascii < 0) {
            return fullWidth;
        }
        return fullWidth < 0 ? ascii : Math.min(ascii, fullWidth);
    }
}
