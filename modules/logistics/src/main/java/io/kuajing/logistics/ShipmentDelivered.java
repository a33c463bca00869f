package io.kuajing.logistics;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The consumer received the parcel (the last leg was delivered). */
public record ShipmentDelivered(String orderId, String shipmentId, String carrierId, String waybillNumber, Instant at)
        implements DomainEvent {
}
