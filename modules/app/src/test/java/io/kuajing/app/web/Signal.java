package io.kuajing.app.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/** A test event whose handler fails while {@link #BROKEN} (its "cause") is set: a failed event for the console. */
record Signal(String payload) implements DomainEvent {

    static final AtomicBoolean BROKEN = new AtomicBoolean();
    static final AtomicInteger HANDLED = new AtomicInteger();

    @Singleton
    @Requires(property = "kuajing.test.console-signal", value = "on")
    static class Handler implements EventHandler<Signal> {

        static final String ID = "test.console-signal";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Class<Signal> eventType() {
            return Signal.class;
        }

        @Override
        public void handle(Signal event, EventMetadata metadata) {
            if (BROKEN.get()) {
                throw new IllegalStateException("the signal's cause is not fixed yet");
            }
            HANDLED.incrementAndGet();
        }
    }
}
