package io.kuajing.logistics;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The carrier has the parcel: the first leg left the warehouse. */
public record ShipmentDispatched(String orderId, String shipmentId, String carrierId, String waybillNumber, Instant at)
        implements DomainEvent {
}
