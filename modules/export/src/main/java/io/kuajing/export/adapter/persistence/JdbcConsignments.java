package io.kuajing.export.adapter.persistence;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kuajing.export.domain.Consignment;
import io.kuajing.export.domain.ConsignmentLine;
import io.kuajing.export.domain.ConsignmentStatus;
import io.kuajing.export.domain.Consignments;
import io.kuajing.export.domain.OverseasStock;
import io.kuajing.export.domain.OverseasWarehouse;
import io.kuajing.export.domain.Transport;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Consignments in export_consignment and export_consignment_line. */
@Singleton
class JdbcConsignments implements Consignments {

    private static final String COLUMNS = "consignment_no, vendor_id, warehouse_country, warehouse_code, transport, "
            + "carrier, waybill_no, packages, status, customs_note, recorded_at, recorded_by";

    private final Jdbc jdbc;

    JdbcConsignments(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public void add(Consignment c) {
        jdbc.update("INSERT INTO export_consignment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, c.consignmentNo());
            st.setString(2, c.vendor().value());
            st.setString(3, c.warehouse().country().value());
            st.setString(4, c.warehouse().code());
            st.setString(5, c.transport().name());
            st.setString(6, c.carrier());
            st.setString(7, c.waybillNo());
            st.setInt(8, c.packages());
            st.setString(9, c.status().name());
            st.setString(10, c.customsNote());
            st.setTimestamp(11, Jdbc.utc(c.recordedAt()));
            st.setString(12, c.recordedBy());
        });
        for (ConsignmentLine l : c.lines()) {
            jdbc.update("INSERT INTO export_consignment_line (consignment_no, line_no, sku, quantity, unit_value_cny) "
                    + "VALUES (?, ?, ?, ?, ?)", st -> {
                st.setString(1, c.consignmentNo());
                st.setInt(2, l.lineNo());
                st.setString(3, l.sku().value());
                st.setInt(4, l.quantity());
                st.setBigDecimal(5, l.unitValue().amount());
            });
        }
    }

    @Override
    public Optional<Consignment> byNumber(String consignmentNo) {
        return select("WHERE consignment_no = ?", consignmentNo).stream().findFirst();
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
        return jdbc.update("UPDATE export_consignment SET status = ?, customs_note = ? WHERE consignment_no = ? AND status = ?", st -> {
            st.setString(1, status.name());
            st.setString(2, note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note);
            st.setString(3, consignmentNo);
            st.setString(4, ConsignmentStatus.RECORDED.name());
        }) == 1;
    }

    @Override
    public List<Consignment> ofVendor(VendorId vendor, int limit) {
        return select("WHERE vendor_id = ? ORDER BY recorded_at DESC, consignment_no DESC LIMIT ?", vendor.value(), limit);
    }

    @Override
    public List<OverseasStock.Shipped> shippedOf(VendorId vendor) {
        return jdbc.query("""
                SELECT l.sku, c.warehouse_country, c.warehouse_code, SUM(l.quantity)
                FROM export_consignment c JOIN export_consignment_line l ON l.consignment_no = c.consignment_no
                WHERE c.vendor_id = ? AND c.status = ?
                GROUP BY l.sku, c.warehouse_country, c.warehouse_code""", st -> {
                    st.setString(1, vendor.value());
                    st.setString(2, ConsignmentStatus.DECLARED.name());
                }, rs -> new OverseasStock.Shipped(new Sku(rs.getString(1)),
                        new OverseasWarehouse(CountryCode.of(rs.getString(2)), rs.getString(3)), rs.getInt(4)));
    }

    private List<Consignment> select(String where, Object... parameters) {
        record Head(String no, String vendor, String country, String warehouse, String transport, String carrier,
                    String waybillNo, int packages, String status, String note, Instant recordedAt, String recordedBy) {
        }
        List<Head> heads = jdbc.query("SELECT " + COLUMNS + " FROM export_consignment " + where, st -> {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
        }, rs -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                Jdbc.utc(rs.getTimestamp(11)), rs.getString(12)));
        if (heads.isEmpty()) {
            return List.of();
        }
        String marks = heads.stream().map(h -> "?").collect(Collectors.joining(", "));
        Map<String, List<ConsignmentLine>> lines = jdbc.query("SELECT consignment_no, line_no, sku, quantity, unit_value_cny "
                + "FROM export_consignment_line WHERE consignment_no IN (" + marks + ") ORDER BY consignment_no, line_no", st -> {
                    for (int i = 0; i < heads.size(); i++) {
                        st.setString(i + 1, heads.get(i).no());
                    }
                }, rs -> Map.entry(rs.getString(1), new ConsignmentLine(rs.getInt(2), new Sku(rs.getString(3)),
                        rs.getInt(4), new Money(rs.getBigDecimal(5), Money.CNY))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.stream().map(h -> new Consignment(h.no(), new VendorId(h.vendor()),
                new OverseasWarehouse(CountryCode.of(h.country()), h.warehouse()), Transport.valueOf(h.transport()),
                h.carrier(), h.waybillNo(), h.packages(), lines.get(h.no()), h.recordedAt(), h.recordedBy(),
                ConsignmentStatus.valueOf(h.status()), h.note())).toList();
    }
}
