package io.kuajing.export.adapter.persistence;

import java.util.Optional;

import io.kuajing.export.domain.ExportParcel;
import io.kuajing.export.domain.ExportParcels;
import io.kuajing.export.domain.ShipToAddress;
import io.kuajing.export.domain.ShipToAddresses;
import jakarta.inject.Singleton;

/** Booked parcels in export_parcel and buyers' addresses in export_order_ship_to, both keyed by the order number. */
@Singleton
class JdbcExportParcels implements ExportParcels, ShipToAddresses {

    private final ParcelRows parcels;
    private final ShipToRows addresses;

    JdbcExportParcels(ParcelRows parcels, ShipToRows addresses) {
        this.parcels = parcels;
        this.addresses = addresses;
    }

    @Override
    public void add(ExportParcel parcel) {
        parcels.save(ParcelRow.of(parcel));
    }

    @Override
    public Optional<ExportParcel> of(String orderNo) {
        return parcels.findById(orderNo).map(ParcelRow::parcel);
    }

    @Override
    public void keep(String orderNo, ShipToAddress address) {
        addresses.save(ShipToRow.of(orderNo, address));
    }

    @Override
    public Optional<ShipToAddress> addressOf(String orderNo) {
        return addresses.findById(orderNo).map(ShipToRow::address);
    }
}
