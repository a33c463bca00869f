package io.kuajing.platform.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for asynchronous work (event dispatch) to reach a state, failing with a message when it does not. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
