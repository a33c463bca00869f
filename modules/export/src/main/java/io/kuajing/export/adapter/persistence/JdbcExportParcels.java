package io.kuajing.export.adapter.persistence;

import java.util.Optional;

import io.kuajing.export.domain.ExportParcel;
import io.kuajing.export.domain.ExportParcels;
import jakarta.inject.Singleton;

/** Booked parcels in export_parcel, keyed by the order number, with the carrier's label as it was issued. */
@Singleton
class JdbcExportParcels implements ExportParcels {

    private final ParcelRows rows;

    JdbcExportParcels(ParcelRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(ExportParcel parcel) {
        rows.save(ParcelRow.of(parcel));
    }

    @Override
    public Optional<ExportParcel> of(String orderNo) {
        return rows.findById(orderNo).map(ParcelRow::parcel);
    }
}
