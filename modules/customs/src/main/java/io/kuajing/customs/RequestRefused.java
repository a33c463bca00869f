package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs refused a request made after declaring: the cancellation of the order's inventory list (CEB624 failure,
 * {@code request} CANCEL) or the return of its goods (CEB626 failure, RETURN). The declaration stays as it was;
 * {@code reason} is customs' receipt text with its type and code.
 */
@org.jmolecules.event.annotation.DomainEvent
public record RequestRefused(String orderNo, Request request, String messageType, int statusCode, String reason,
                             Instant at) implements DomainEvent {

    /** What was asked of customs. */
    public enum Request { CANCEL, RETURN }
}
