package io.kuajing.export.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.export.domain.ExportParcel;
import io.kuajing.platform.UtcTime;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code export_parcel}: a 9610 order's parcel as the carrier booked it, with its label. */
@MappedEntity("export_parcel")
record ParcelRow(@Id String orderNo, String carrier, String service, String waybillNo, String labelFormat, byte[] label,
                 LocalDateTime bookedAt, String bookedBy) {

    static ParcelRow of(ExportParcel p) {
        return new ParcelRow(p.orderNo(), p.carrier(), p.service(), p.waybillNo(), p.labelFormat(), p.label(),
                UtcTime.of(p.bookedAt()), p.bookedBy());
    }

    ExportParcel parcel() {
        return new ExportParcel(orderNo, carrier, service, waybillNo, labelFormat, label, UtcTime.instant(bookedAt), bookedBy);
    }
}
