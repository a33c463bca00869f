package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs (or the single window) refused one of the messages of a 9610 parcel or a 9810 consignment, named by its
 * order number: the receipt's type, status and reason.
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportDeclarationRejected(String orderNo, String messageType, int status, String reason, Instant at)
        implements DomainEvent {
}
