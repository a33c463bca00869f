package io.kuajing.customs.domain.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Picks, among dated versions of one fact, the version in force on a date: the latest effective on or before it. */
public final class Dated {

    private Dated() {
    }

    public static <T> Optional<T> inForce(List<T> versions, Function<T, LocalDate> effectiveFrom, LocalDate on) {
        return versions.stream()
                .filter(v -> !effectiveFrom.apply(v).isAfter(on))
                .max(Comparator.comparing(effectiveFrom));
    }
}
