package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs concluded a 9610 parcel's inventory list (CEB604 399 审结, or 800 放行 where a district answers so): the
 * parcel may leave, under the list numbers customs gave it.
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportDeclarationAccepted(String orderNo, String preNo, String invtNo, Instant at) implements DomainEvent {
}
