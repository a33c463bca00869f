package io.kuajing.plugin.carrier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged history of a waybill across polls and pushes. Merging is idempotent (a replayed event is ignored)
 * and the current status never leaves a terminal status: a late "in transit" scan after "delivered" is history,
 * not news. Shared by the host and the TCK so both apply the same rule.
 */
public final class TrackingTimeline {

    private final Map<String, TrackingEvent> events = new LinkedHashMap<>();

    /** @return the events that were new */
    public List<TrackingEvent> merge(List<TrackingEvent> incoming) {
        List<TrackingEvent> added = new ArrayList<>();
        for (TrackingEvent e : incoming) {
            if (events.putIfAbsent(e.identity(), e) == null) {
                added.add(e);
            }
        }
        return added;
    }

    public List<TrackingEvent> events() {
        return events.values().stream().sorted(Comparator.comparing(TrackingEvent::occurredAt)).toList();
    }

    /** The latest known status, ignoring UNKNOWN, and never moving away from the first terminal status reached. */
    public TrackingStatus current() {
        TrackingStatus current = TrackingStatus.PENDING;
        for (TrackingEvent e : events()) {
            current = next(current, e.status());
        }
        return current;
    }

    /** The rule applied to each event in time order. */
    public static TrackingStatus next(TrackingStatus current, TrackingStatus reported) {
        if (current.isTerminal() || reported == TrackingStatus.UNKNOWN) {
            return current;
        }
        return reported;
    }
}
