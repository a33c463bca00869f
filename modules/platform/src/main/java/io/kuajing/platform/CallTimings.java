package io.kuajing.platform;

import java.time.Duration;

/**
 * Where adapters report how long a call to the outside took, for operators' latency charts. A port so modules
 * measure without knowing the metrics library; the app records into Micrometer, a module alone records nothing.
 */
public interface CallTimings {

    /**
     * @param target    who was called (a carrier plugin's id)
     * @param operation what was asked (book, track...)
     * @param outcome   {@code OK} or the failure kind (TIMEOUT, CIRCUIT_OPEN...)
     */
    void record(String target, String operation, String outcome, Duration elapsed);
}
