package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** When an order placed on {@code orderDate} is promised to arrive: between the earliest and the latest date. */
@ValueObject
public record DeliveryPromise(LocalDate orderDate, LocalDate earliest, LocalDate latest, String wording) {

    public DeliveryPromise {
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest: " + earliest + " .. " + latest);
        }
    }
}
