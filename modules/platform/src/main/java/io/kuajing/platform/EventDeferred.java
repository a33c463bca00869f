package io.kuajing.platform;

/**
 * Thrown by an {@link EventHandler} that cannot act on an event yet because another fact it depends on has not
 * arrived (events of different modules may overtake each other). The publication is delivered again later with
 * backoff, quietly, and is never given up as FAILED for it.
 */
public class EventDeferred extends RuntimeException {

    public EventDeferred(String why) {
        super(why);
    }
}
