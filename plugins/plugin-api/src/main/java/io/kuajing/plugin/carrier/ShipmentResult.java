package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;

/** A booked shipment: the carrier's waybill number, the label to print, further documents and what was charged (null if not known). */
public record ShipmentResult(String waybillNumber, String serviceCode, ShippingDocument label,
                             List<ShippingDocument> documents, Amount charged) {

    public ShipmentResult {
        if (waybillNumber == null || waybillNumber.isBlank()) {
            throw new IllegalArgumentException("a shipment has a waybill number");
        }
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(label, "label");
        documents = List.copyOf(documents == null ? List.of() : documents);
    }
}
