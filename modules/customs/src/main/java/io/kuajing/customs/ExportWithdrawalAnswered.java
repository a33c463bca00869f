package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs answered the withdrawal (CEB605) of an export order's inventory list, named by the order number: approved
 * ({@code withdrawn}: the parcel may not leave under it) or refused, with customs' reason (the list stands).
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportWithdrawalAnswered(String orderNo, boolean withdrawn, String reason, Instant at)
        implements DomainEvent {
}
