package io.kuajing.export.adapter.persistence;

import java.time.LocalDateTime;
import java.util.List;

import io.kuajing.export.domain.Consignment;
import io.kuajing.export.domain.ConsignmentLine;
import io.kuajing.export.domain.ConsignmentStatus;
import io.kuajing.export.domain.OverseasWarehouse;
import io.kuajing.export.domain.Transport;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.CountryCode;
import io.kuajing.platform.UtcTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code export_consignment}; {@code customsNote} says why customs refused it. */
@MappedEntity("export_consignment")
record ConsignmentRow(@Id String consignmentNo, String vendorId, String warehouseCountry, String warehouseCode,
                      Transport transport, String carrier, String waybillNo, int packages, ConsignmentStatus status,
                      @Nullable String customsNote, LocalDateTime recordedAt, String recordedBy) {

    static ConsignmentRow of(Consignment c) {
        return new ConsignmentRow(c.consignmentNo(), c.vendor().value(), c.warehouse().country().value(),
                c.warehouse().code(), c.transport(), c.carrier(), c.waybillNo(), c.packages(), c.status(),
                c.customsNote(), UtcTime.of(c.recordedAt()), c.recordedBy());
    }

    Consignment consignment(List<ConsignmentLine> lines) {
        return new Consignment(consignmentNo, new VendorId(vendorId),
                new OverseasWarehouse(CountryCode.of(warehouseCountry), warehouseCode), transport, carrier, waybillNo,
                packages, lines, UtcTime.instant(recordedAt), recordedBy, status, customsNote);
    }
}
