package io.kuajing.customs;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Customs concluded the inventory list of a 9610 parcel or a 9810 consignment, named by its order number (CEB604 399
 * 审结, or 800 放行 where a district answers so): the goods may leave, under the list numbers customs gave it.
 */
@org.jmolecules.event.annotation.DomainEvent
public record ExportDeclarationAccepted(String orderNo, String preNo, String invtNo, Instant at) implements DomainEvent {
}
