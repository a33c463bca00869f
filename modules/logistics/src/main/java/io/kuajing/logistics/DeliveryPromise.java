package io.kuajing.logistics;

import java.time.LocalDate;

import io.kuajing.kernel.FulfilmentMode;

/** When a parcel will arrive: dispatched on {@code dispatchDate}, delivered between {@code earliest} and {@code latest} (inclusive). */
public record DeliveryPromise(FulfilmentMode mode, String warehouseId, LocalDate dispatchDate, LocalDate earliest,
                              LocalDate latest, int minWorkingDays, int maxWorkingDays) {
}
