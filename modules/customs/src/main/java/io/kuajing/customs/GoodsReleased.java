package io.kuajing.customs;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** Customs released the order's goods (800): they may be delivered; the return window starts on {@code releasedOn}. */
@org.jmolecules.event.annotation.DomainEvent
public record GoodsReleased(String orderNo, String invtNo, LocalDate releasedOn, Instant at) implements DomainEvent {
}
