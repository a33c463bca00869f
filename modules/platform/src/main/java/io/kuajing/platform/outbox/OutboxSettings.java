package io.kuajing.platform.outbox;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code kuajing.outbox.*}: how publications are dispatched and retried. */
@ConfigurationProperties("kuajing.outbox")
public class OutboxSettings {

    /** Off only for tests or tools that must leave publications pending. */
    private boolean dispatcherEnabled = true;
    /** How often pending publications are looked for when no commit woke the dispatcher. */
    private Duration pollInterval = Duration.ofSeconds(1);
    private int batchSize = 50;
    /**
     * Dispatcher threads per instance. Each claims its own batch (SKIP LOCKED), as separate instances do, so the
     * pipeline's handlers (booking, declaring, signing, receipts) can run side by side; keep it well under the
     * connection pool (each holds one connection while a handler runs). Two by default, so one slow handler (a
     * carrier's call, a signature) does not hold up every other event: without the deadlocks they once met (ADR 0041),
     * two drained a 10,000-order backlog at least as fast as one on 2 cores shared with the database, where the
     * handlers are CPU-bound (docs/performance.md, Pipeline, eighth session); more pay where the database is a
     * network hop away.
     */
    private int workers = 2;
    /** How long a claimed publication belongs to its dispatcher before another may take it over. */
    private Duration lease = Duration.ofMinutes(2);
    private Duration firstRetryDelay = Duration.ofSeconds(1);
    private Duration maxRetryDelay = Duration.ofMinutes(10);
    private int maxAttempts = 12;

    public boolean isDispatcherEnabled() {
        return dispatcherEnabled;
    }

    public void setDispatcherEnabled(boolean dispatcherEnabled) {
        this.dispatcherEnabled = dispatcherEnabled;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("kuajing.outbox.workers must be at least 1, was " + workers);
        }
        this.workers = workers;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getFirstRetryDelay() {
        return firstRetryDelay;
    }

    public void setFirstRetryDelay(Duration firstRetryDelay) {
        this.firstRetryDelay = firstRetryDelay;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** Exponential backoff: the delay after the n-th failed attempt (n from 1), doubled each time, capped. */
    Duration retryDelayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
