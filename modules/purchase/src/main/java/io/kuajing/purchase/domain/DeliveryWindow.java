package io.kuajing.purchase.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The delivery window promised at checkout, both days inclusive (China dates), as the product page showed it: what
 * the consumer was told, kept with the order so it can be shown and kept to.
 */
@ValueObject
public record DeliveryWindow(LocalDate earliest, LocalDate latest) {

    public DeliveryWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a delivery window ends on or after its start: " + earliest + ".." + latest);
        }
    }

    /** Whether a parcel delivered on {@code day} kept the promise (early is fine). */
    public boolean kept(LocalDate day) {
        return !day.isAfter(latest);
    }
}
