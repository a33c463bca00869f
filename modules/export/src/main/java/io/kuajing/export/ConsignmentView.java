package io.kuajing.export;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.Money;

/** A consignment with its declared value in CNY (the listings' declared values × units); the note is customs' refusal. */
public record ConsignmentView(String consignmentNo, String vendorId, String warehouseCountry, String warehouseCode,
                              String transport, String carrier, String waybillNo, int packages, Money declaredValue,
                              String status, String customsNote, Instant recordedAt, List<Line> lines) {

    public record Line(int lineNo, String sku, int quantity, Money declaredValue) {
    }
}
