package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Customs approved the return of (part of) the order's goods (CEB626); no tax is due on them. */
@org.jmolecules.event.annotation.DomainEvent
public record GoodsReturned(String orderNo, Instant at) implements DomainEvent {
}
