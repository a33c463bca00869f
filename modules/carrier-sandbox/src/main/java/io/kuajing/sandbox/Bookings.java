package io.kuajing.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bookings a simulated carrier has accepted: at most one per idempotency key (the carrier replays the first
 * answer to a retried booking, which is what makes the host's retries safe), found again by waybill number.
 */
final class Bookings {

    /** A booked parcel: its waybill, its trip, and the answer the carrier gave, replayed verbatim on a retry. */
    record Booking(String waybill, Trip trip, String answer) {
    }

    private final Map<String, Booking> byKey = new ConcurrentHashMap<>();
    private final Map<String, Booking> byWaybill = new ConcurrentHashMap<>();

    /** The booking for {@code key}, made by {@code book} only the first time the key is seen. */
    Booking once(String key, Supplier<Booking> book) {
        // computeIfAbsent is atomic per key: two concurrent retries of one booking get one waybill.
        return byKey.computeIfAbsent(key, k -> {
            Booking booking = book.get();
            byWaybill.put(booking.waybill(), booking);
            return booking;
        });
    }

    Optional<Booking> byWaybill(String waybill) {
        return Optional.ofNullable(byWaybill.get(waybill));
    }
}
