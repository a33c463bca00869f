package io.kuajing.export.adapter.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.export.ExportCustoms;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Customs in export's own tests (the app answers it from customs): the parcels and consignments it was asked to declare. */
@Singleton
@Requires(env = "test")
class TestExportCustoms implements ExportCustoms {

    final List<Parcel> declared = new CopyOnWriteArrayList<>();
    final List<Consignment> consignments = new CopyOnWriteArrayList<>();

    @Override
    public void declare(Parcel parcel) {
        declared.add(parcel);
    }

    @Override
    public void declare(Consignment consignment) {
        consignments.add(consignment);
    }
}
