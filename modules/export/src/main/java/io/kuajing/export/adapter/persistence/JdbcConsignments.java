package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kuajing.export.domain.Consignment;
import io.kuajing.export.domain.ConsignmentStatus;
import io.kuajing.export.domain.Consignments;
import io.kuajing.export.domain.OverseasStock;
import io.kuajing.export.domain.OverseasWarehouse;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Consignments in export_consignment and export_consignment_line. */
@Singleton
class JdbcConsignments implements Consignments {

    private final ConsignmentRows consignments;
    private final ConsignmentLineRows lines;

    JdbcConsignments(ConsignmentRows consignments, ConsignmentLineRows lines) {
        this.consignments = consignments;
        this.lines = lines;
    }

    @Override
    public void add(Consignment c) {
        consignments.save(ConsignmentRow.of(c));
        lines.insert(c.lines().stream().map(l -> ConsignmentLineRow.of(c.consignmentNo(), l)).toList());
    }

    @Override
    public Optional<Consignment> byNumber(String consignmentNo) {
        return consignments.findById(consignmentNo).flatMap(row -> withLines(List.of(row)).stream().findFirst());
    }

    @Override
    public boolean declared(String consignmentNo) {
        return settle(consignmentNo, ConsignmentStatus.DECLARED, null);
    }

    @Override
    public boolean refused(String consignmentNo, String customsNote) {
        return settle(consignmentNo, ConsignmentStatus.REFUSED, customsNote);
    }

    /** Only from RECORDED: customs' answer comes once per declaration, but the outbox may deliver it twice. */
    private boolean settle(String consignmentNo, ConsignmentStatus status, String note) {
        return consignments.move(consignmentNo, ConsignmentStatus.RECORDED, status,
                note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note) == 1;
    }

    @Override
    public List<Consignment> ofVendor(VendorId vendor, int limit) {
        return withLines(consignments.latestOfVendor(vendor.value(), limit));
    }

    @Override
    public List<OverseasStock.Shipped> shippedOf(VendorId vendor) {
        return consignments.shipped(vendor.value(), ConsignmentStatus.DECLARED).stream()
                .map(s -> new OverseasStock.Shipped(new Sku(s.sku()),
                        new OverseasWarehouse(CountryCode.of(s.warehouseCountry()), s.warehouseCode()), s.quantity()))
                .toList();
    }

    /** The consignments with their lines, read in one statement. */
    private List<Consignment> withLines(List<ConsignmentRow> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<ConsignmentLineRow>> byConsignment = lines.ofConsignments(
                heads.stream().map(ConsignmentRow::consignmentNo).toList()).stream()
                .collect(Collectors.groupingBy(ConsignmentLineRow::consignmentNo));
        return heads.stream().map(h -> h.consignment(byConsignment.get(h.consignmentNo()).stream()
                .map(ConsignmentLineRow::line).toList())).toList();
    }
}
