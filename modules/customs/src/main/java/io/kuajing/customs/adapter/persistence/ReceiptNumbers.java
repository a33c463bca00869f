package io.kuajing.customs.adapter.persistence;

import java.util.Optional;
import java.util.function.Function;

/** A receipt names its declaration by whichever number it carries, tried in the order the caller gives. */
final class ReceiptNumbers {

    private ReceiptNumbers() {
    }

    /** The order found by {@code number}; a number the receipt does not carry finds nothing without asking. */
    static Optional<String> first(String number, Function<String, Optional<String>> finder) {
        return number == null ? Optional.empty() : finder.apply(number);
    }
}
