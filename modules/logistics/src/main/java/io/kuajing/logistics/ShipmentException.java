package io.kuajing.logistics;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * Something needs attention: customs holds the parcel or asks for information, a delivery failed, the parcel
 * goes back, or no carrier could book it. {@code status} and {@code reason} are canonical words.
 */
public record ShipmentException(String orderId, String shipmentId, String carrierId, String waybillNumber, String status,
                                String reason, Instant at) implements DomainEvent {
}
