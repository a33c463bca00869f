package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs answered the vendor's receipt of payment (收款单, CEB403) of an export order, named by the order number:
 * filed ({@code accepted}) or refused, with customs' reason.
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportPaymentReceiptAnswered(String orderNo, boolean accepted, String reason, Instant at)
        implements DomainEvent {
}
