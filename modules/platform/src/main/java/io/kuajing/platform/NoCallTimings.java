package io.kuajing.platform;

import java.time.Duration;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Records nothing: stands in when no metrics are wired (a module's own tests). */
@Singleton
@Secondary
final class NoCallTimings implements CallTimings {

    @Override
    public void record(String target, String operation, String outcome, Duration elapsed) {
        // Nothing to record into.
    }
}
