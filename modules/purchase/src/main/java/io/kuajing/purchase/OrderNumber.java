package io.kuajing.purchase;

import java.util.regex.Pattern;

/** An order's number, unique for ever: what customs sees as orderNo and what the consumer quotes. */
public record OrderNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("KJ\\d{8}[0-9A-Z]{8,16}");

    public OrderNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Kuajing order number: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
