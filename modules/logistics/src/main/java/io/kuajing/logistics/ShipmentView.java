package io.kuajing.logistics;

import java.time.Instant;
import java.util.List;

/**
 * A shipment as the order page shows it: one leg with its carrier, waybill, status and tracking history, and what it
 * waits for before it can move ({@code waitingFor}: {@code HAND_OVER} — the leg before has not handed the parcel
 * over — or {@code CUSTOMS_RELEASE} — a bonded parcel under bond; null when nothing holds it).
 */
public record ShipmentView(String shipmentId, String orderId, int legNumber, String leg, String carrierId,
                           String serviceCode, String waybillNumber, ShipmentStatus status, String waitingFor,
                           List<Tracking> tracking) {

    /** One tracking event in canonical words. */
    public record Tracking(Instant occurredAt, String status, String reason, String location, String description) {
    }
}
