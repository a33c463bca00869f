package io.kuajing.plugin.carrier;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Everything a carrier knows about one waybill, oldest event first. */
public record TrackingReport(String waybillNumber, List<TrackingEvent> events) {

    public TrackingReport {
        Objects.requireNonNull(waybillNumber, "waybillNumber");
        events = events.stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    }
}
