package io.kuajing.export.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** The parcels booked with carriers, one per 9610 order. */
@Repository
public interface ExportParcels {

    /** Keeps the booking (the caller holds the order's row lock and found none kept: one parcel per order). */
    void add(ExportParcel parcel);

    Optional<ExportParcel> of(String orderNo);
}
