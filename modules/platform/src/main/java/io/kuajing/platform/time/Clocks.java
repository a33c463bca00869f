package io.kuajing.platform.time;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** One clock for the whole app, in UTC, so tests and simulations can replace it. */
@Factory
class Clocks {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
