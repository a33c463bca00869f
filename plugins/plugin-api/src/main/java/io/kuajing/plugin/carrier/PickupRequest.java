package io.kuajing.plugin.carrier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** A request to collect booked parcels at a warehouse on a day within a time window. */
public record PickupRequest(Address location, LocalDate date, LocalTime readyFrom, LocalTime readyUntil,
                            List<String> waybillNumbers) {

    public PickupRequest {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(readyFrom, "readyFrom");
        Objects.requireNonNull(readyUntil, "readyUntil");
        waybillNumbers = List.copyOf(waybillNumbers);
        if (!readyUntil.isAfter(readyFrom)) {
            throw new IllegalArgumentException("pickup window must end after it starts");
        }
    }
}
