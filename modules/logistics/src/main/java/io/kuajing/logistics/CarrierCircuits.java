package io.kuajing.logistics;

import java.util.Map;

/** The circuit breaker state of each loaded carrier ({@code CLOSED}, {@code HALF_OPEN}, {@code OPEN}), for operators' health and metrics. */
public interface CarrierCircuits {

    /** Carrier id to circuit state, in the carriers' order. */
    Map<String, String> byCarrier();
}
