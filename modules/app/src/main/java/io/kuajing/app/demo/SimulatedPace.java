package io.kuajing.app.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often the workers look when the carriers are simulated. Their defaults suit real carriers, whose parcels move a
 * few times a day (logistics polls tracking every 30 minutes): against simulators whose day lasts seconds, a parcel
 * would sit BOOKED for half an hour of real time while the simulator had long delivered it.
 */
public final class SimulatedPace {

    private static final Duration QUICKEST = Duration.ofMillis(200);
    private static final Duration SLOWEST_WORKER = Duration.ofSeconds(15);

    private SimulatedPace() {
    }

    /**
     * For runs that race through simulated days (the demo, the journey tests): every worker, retry and receipt poll
     * at a fraction of a second.
     */
    public static Map<String, String> racing() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kuajing.logistics.worker.interval", "200ms");
        properties.put("kuajing.logistics.worker.initial-delay", "200ms");
        properties.put("kuajing.logistics.worker.poll-interval", "300ms");
        properties.put("kuajing.logistics.worker.booking-retry", "300ms");
        properties.put("kuajing.outbox.first-retry-delay", "200ms");
        properties.put("kuajing.outbox.max-retry-delay", "1s");
        properties.put("kuajing.customs.receipt-poll-interval", "100ms");
        properties.put("kuajing.customs.single-window.sandbox-delay", "100ms");
        return properties;
    }

    /**
     * For the dev run, where a person watches one order: logistics looks at each parcel four times a simulated day,
     * so a scan shows within a few hours of simulated time, and retries a failed booking the next simulated day.
     */
    public static Map<String, String> watching(Duration day) {
        Duration look = clamp(day.dividedBy(4), QUICKEST, SLOWEST_WORKER);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kuajing.logistics.worker.interval", look.toMillis() + "ms");
        properties.put("kuajing.logistics.worker.initial-delay", look.toMillis() + "ms");
        properties.put("kuajing.logistics.worker.poll-interval", look.toMillis() + "ms");
        properties.put("kuajing.logistics.worker.booking-retry", day.toMillis() + "ms");
        return properties;
    }

    private static Duration clamp(Duration value, Duration least, Duration most) {
        return value.compareTo(least) < 0 ? least : value.compareTo(most) > 0 ? most : value;
    }
}
