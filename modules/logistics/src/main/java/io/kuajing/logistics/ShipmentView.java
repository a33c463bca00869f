package io.kuajing.logistics;

import java.time.Instant;
import java.util.List;

/** A shipment as the order page shows it: one leg with its carrier, waybill, status and tracking history. */
public record ShipmentView(String shipmentId, String orderId, int legNumber, String leg, String carrierId,
                           String serviceCode, String waybillNumber, ShipmentStatus status, List<Tracking> tracking) {

    /** One tracking event in canonical words. */
    public record Tracking(Instant occurredAt, String status, String reason, String location, String description) {
    }
}
