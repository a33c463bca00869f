package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs answered an arrival (CEB507) or departure (CEB509) report of 9610 parcels, named by the report's number
 * (copNo, what {@link ExportReports} answered): concluded it ({@code accepted}) or refused it, with customs' reason.
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportReportAnswered(String reportNo, String messageType, boolean accepted, String reason, Instant at)
        implements DomainEvent {
}
