package io.kuajing.export.domain;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A 9610 order's parcel booked with a carrier: the carrier (its plugin id) and service, the waybill number the carrier
 * gave (the parcel's tracking number and the number customs' waybill and inventory list declare it under), and the
 * label the carrier issued in its format (PDF, PNG, ZPL) to print at the hub.
 */
@AggregateRoot
public record ExportParcel(@Identity String orderNo, String carrier, String service, String waybillNo,
                           String labelFormat, byte[] label, Instant bookedAt, String bookedBy) {

    public ExportParcel {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(waybillNo, "waybillNo");
        Objects.requireNonNull(labelFormat, "labelFormat");
        label = label.clone();
    }

    @Override
    public byte[] label() {
        return label.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportParcel p && p.orderNo.equals(orderNo) && p.waybillNo.equals(waybillNo)
                && p.carrier.equals(carrier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderNo, carrier, waybillNo);
    }

    @Override
    public String toString() {
        return "ExportParcel[" + orderNo + ", " + carrier + " " + service + ", " + waybillNo + ", " + labelFormat + " "
                + label.length + " bytes]";
    }
}
