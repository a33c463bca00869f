package io.kuajing.logistics.adapter.carrier;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Limits on carrier calls ({@code kuajing.logistics.carriers.*}). */
@ConfigurationProperties("kuajing.logistics.carriers")
public class CarrierCallSettings {

    /** Deadline of one plugin call; a quote at checkout must not wait longer. */
    private Duration timeout = Duration.ofSeconds(5);
    /** Consecutive failures that open a carrier's circuit. */
    private int failureThreshold = 3;
    /** How long an open circuit refuses calls before one trial. */
    private Duration openFor = Duration.ofSeconds(30);
    /** Concurrent calls per carrier; a hanging carrier can tie up at most this many threads. */
    private int maxConcurrentCalls = 8;

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public int getFailureThreshold() {
        return failureThreshold;
    }

    public void setFailureThreshold(int failureThreshold) {
        this.failureThreshold = failureThreshold;
    }

    public Duration getOpenFor() {
        return openFor;
    }

    public void setOpenFor(Duration openFor) {
        this.openFor = openFor;
    }

    public int getMaxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    public void setMaxConcurrentCalls(int maxConcurrentCalls) {
        this.maxConcurrentCalls = maxConcurrentCalls;
    }
}
