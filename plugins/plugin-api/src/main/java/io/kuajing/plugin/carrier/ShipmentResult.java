package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;

/**
 * A booked shipment: the carrier's waybill number, the label to print, further documents, what was charged (null
 * if not known) and, from a line-haul carrier, how the parcel crosses into China ({@code transport}: flight,
 * voyage and master bill, which customs' 9610 inventory list declares; null from couriers and from carriers that
 * do not say).
 */
public record ShipmentResult(String waybillNumber, String serviceCode, ShippingDocument label,
                             List<ShippingDocument> documents, Amount charged, LineHaulTransport transport) {

    /** A booking without line-haul transport data (SPI 1.0 plugins and couriers still compile). */
    public ShipmentResult(String waybillNumber, String serviceCode, ShippingDocument label,
                          List<ShippingDocument> documents, Amount charged) {
        this(waybillNumber, serviceCode, label, documents, charged, null);
    }

    public ShipmentResult {
        if (waybillNumber == null || waybillNumber.isBlank()) {
            throw new IllegalArgumentException("a shipment has a waybill number");
        }
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(label, "label");
        documents = List.copyOf(documents == null ? List.of() : documents);
    }
}
