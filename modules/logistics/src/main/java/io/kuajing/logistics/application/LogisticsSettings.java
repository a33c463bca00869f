package io.kuajing.logistics.application;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How the shipment worker paces itself ({@code kuajing.logistics.worker.*}). */
@ConfigurationProperties("kuajing.logistics.worker")
public class LogisticsSettings {

    /** How long the worker waits for work when no commit made shipments due (it wakes on those at once). */
    private Duration interval = Duration.ofSeconds(15);
    /** How long after the start the worker first looks, unless a commit makes shipments due before. */
    private Duration initialDelay = Duration.ofSeconds(1);
    /** How often a moving shipment is polled for tracking when no push arrives. */
    private Duration pollInterval = Duration.ofMinutes(30);
    /** How long a claimed shipment stays with the instance working on it. */
    private Duration lease = Duration.ofMinutes(2);
    /** First retry delay of a failed booking; doubles per attempt. */
    private Duration bookingRetry = Duration.ofMinutes(1);
    private int maxBookingAttempts = 6;
    private int batchSize = 20;
    /** Claimed shipments worked on at once, so their carrier calls overlap (each carrier keeps its own bulkhead). */
    private int concurrency = 4;

    public Duration getInterval() { return interval; }
    public void setInterval(Duration interval) { this.interval = interval; }
    public Duration getInitialDelay() { return initialDelay; }
    public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }
    public Duration getPollInterval() { return pollInterval; }
    public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
    public Duration getLease() { return lease; }
    public void setLease(Duration lease) { this.lease = lease; }
    public Duration getBookingRetry() { return bookingRetry; }
    public void setBookingRetry(Duration bookingRetry) { this.bookingRetry = bookingRetry; }
    public int getMaxBookingAttempts() { return maxBookingAttempts; }
    public void setMaxBookingAttempts(int maxBookingAttempts) { this.maxBookingAttempts = maxBookingAttempts; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public int getConcurrency() { return concurrency; }
    public void setConcurrency(int concurrency) { this.concurrency = Math.max(1, concurrency); }
}
