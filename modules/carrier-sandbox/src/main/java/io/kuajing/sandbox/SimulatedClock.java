package io.kuajing.sandbox;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The carriers' simulated time: it starts at the real time and runs one simulated day per {@code perDay} of real
 * time, so a week-long direct-mail trip completes in seconds. {@link #advance} jumps ahead on top of that, which
 * lets a test (or a demo operator) move parcels on without waiting. Only the simulators read it: the app keeps
 * its real clock, exactly as it would against real carriers whose scans happen in their own time.
 */
public final class SimulatedClock extends Clock {

    private static final BigInteger DAY_NANOS = BigInteger.valueOf(Duration.ofDays(1).toNanos());

    private final Instant origin;
    private final long realOrigin;
    private final BigInteger perDayNanos;
    private final AtomicLong jumpedNanos = new AtomicLong();

    private SimulatedClock(Clock real, Duration perDay) {
        if (perDay.isNegative() || perDay.isZero()) {
            throw new IllegalArgumentException("a simulated day must take some real time");
        }
        this.origin = real.instant();
        this.realOrigin = System.nanoTime();
        this.perDayNanos = BigInteger.valueOf(perDay.toNanos());
    }

    /** Simulated time from now on, one simulated day per {@code perDay} of real time. */
    public static SimulatedClock accelerated(Duration perDay) {
        return new SimulatedClock(Clock.systemUTC(), perDay);
    }

    /**
     * Simulated time at the real pace, moved on by {@link #advance}: for tests that step through a trip. Within a
     * test's few seconds the real pace adds only seconds to a trip measured in days.
     */
    public static SimulatedClock manual() {
        return new SimulatedClock(Clock.systemUTC(), Duration.ofDays(1));
    }

    /** Moves simulated time forward by {@code simulated}, on top of the acceleration. */
    public void advance(Duration simulated) {
        if (simulated.isNegative()) {
            throw new IllegalArgumentException("simulated time never goes back");
        }
        jumpedNanos.addAndGet(simulated.toNanos());
    }

    @Override
    public Instant instant() {
        // BigInteger: elapsed nanos times a day in nanos overflows a long after a few seconds.
        BigInteger elapsed = BigInteger.valueOf(System.nanoTime() - realOrigin);
        long simulated = elapsed.multiply(DAY_NANOS).divide(perDayNanos).longValue();
        return origin.plusNanos(simulated).plusNanos(jumpedNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("simulated time is kept in UTC; carriers convert to their own zone");
    }

    @Override
    public String toString() {
        return "SimulatedClock[one day per " + Duration.ofNanos(perDayNanos.longValue()) + ", origin " + origin + "]";
    }
}
