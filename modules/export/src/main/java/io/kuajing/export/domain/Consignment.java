package io.kuajing.export.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A 9810 consignment (头程): a vendor's goods shipped in bulk to an overseas fulfilment warehouse, to be sold from
 * there. Its number is the warehouse booking customs is told (海外仓订仓单); the carrier's bill of lading or air
 * waybill names the shipment; {@code packages} is what the waybill counts. Customs' note says why it refused.
 */
@AggregateRoot
public record Consignment(@Identity String consignmentNo, VendorId vendor, OverseasWarehouse warehouse,
                          Transport transport, String carrier, String waybillNo, int packages,
                          List<ConsignmentLine> lines, Instant recordedAt, String recordedBy,
                          ConsignmentStatus status, String customsNote) {

    public Consignment {
        lines = List.copyOf(lines);
    }
}
