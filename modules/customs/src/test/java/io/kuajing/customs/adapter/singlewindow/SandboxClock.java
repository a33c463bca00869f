package io.kuajing.customs.adapter.singlewindow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The customs sandbox's own clock in this module's tests: wall time, unless a test stops it to decide when customs
 * answers (a receipt is due once this clock reaches it). Only the sandbox reads it; the module keeps the real clock.
 * Stopping replaces a race against wall time (which loses under load) by steps the test takes in order.
 */
public final class SandboxClock extends Clock {

    private Instant stoppedAt;
    private Duration ahead = Duration.ZERO;

    /** Customs' time stands still from now until {@link #advance} or {@link #run}. */
    public synchronized void stop() {
        stoppedAt = instant();
    }

    /** Customs' time moves on by {@code step} (stopped: it stays there). */
    public synchronized void advance(Duration step) {
        if (stoppedAt == null) {
            ahead = ahead.plus(step);
        } else {
            stoppedAt = stoppedAt.plus(step);
        }
    }

    /** Customs' time runs again from where it stood, never backwards. */
    public synchronized void run() {
        if (stoppedAt != null) {
            Duration behind = Duration.between(Instant.now(), stoppedAt);
            ahead = behind.isNegative() ? Duration.ZERO : behind;
            stoppedAt = null;
        }
    }

    @Override
    public synchronized Instant instant() {
        return stoppedAt != null ? stoppedAt : Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** The sandbox of the tests, on {@link SandboxClock}; otherwise the factory's. */
    @Factory
    static class OnSandboxClock {

        @Singleton
        SandboxClock sandboxClock() {
            return new SandboxClock();
        }

        @Singleton
        @Replaces(value = SandboxSingleWindow.class, factory = SingleWindowFactory.class)
        @Requires(property = "kuajing.customs.single-window.mode", value = "sandbox", defaultValue = "sandbox")
        SandboxSingleWindow sandbox(SingleWindowSettings settings, PositiveListEditions positiveList,
                                    CbecLimits.Schedule limits, TaxCalculator taxes, XmlDsigSigner signer,
                                    SandboxClock clock, SandboxState state) {
            return new SandboxSingleWindow(positiveList, limits, taxes, signer.certificate().getPublicKey(),
                    settings.getSandboxDelay(), clock, state, settings.getSandboxClaim());
        }
    }
}
