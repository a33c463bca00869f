package io.kuajing.plugin.carrier;

import java.time.LocalDate;
import java.util.Objects;

/** A booked pickup: the carrier's confirmation number and the day it comes. */
public record PickupConfirmation(String confirmationNumber, LocalDate date) {

    public PickupConfirmation {
        Objects.requireNonNull(confirmationNumber, "confirmationNumber");
        Objects.requireNonNull(date, "date");
    }
}
