package io.kuajing.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.TrackingEntry;

/**
 * The baseline of {@link ShipmentsBench}: the shipment store's statements written by hand, each hot path one
 * transaction on one plain JDBC connection (no pool, no framework), over empty copies of the logistics tables
 * ({@code CREATE TABLE ... LIKE}: the same columns and indexes; MySQL copies no foreign key, so the tracking insert
 * here skips the check of its shipment).
 */
final class RawShipments implements AutoCloseable {

    private static final String COLUMNS = "id, order_id, owner_id, leg_number, last_leg, leg, mode, budget_days, manifest_json, "
            + "status, carrier_id, service_code, waybill_number, booking_attempts, next_work_at, collection";

    private final Connection connection;
    private String manifestJson;

    private RawShipments(Connection connection) {
        this.connection = connection;
    }

    static RawShipments open(String database) throws SQLException {
        Connection c = Database.connect(database);
        try (Statement s = c.createStatement()) {
            for (String table : List.of("logistics_shipment", "logistics_tracking_event")) {
                s.execute("DROP TABLE IF EXISTS bench_" + table);
                s.execute("CREATE TABLE bench_" + table + " LIKE " + table);
            }
        }
        c.setAutoCommit(false);
        return new RawShipments(c);
    }

    /** The manifest column the raw side writes: the shipment's manifest as JSON, about the store's size. */
    void manifestLike(Shipment shipment) throws JsonProcessingException {
        manifestJson = JsonMapper.builder().build().writeValueAsString(shipment.manifest());
    }

    void insert(Shipment s) {
        transaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO bench_logistics_shipment (" + COLUMNS
                    + ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.orderId());
                ps.setString(3, s.ownerId());
                ps.setInt(4, s.legNumber());
                ps.setBoolean(5, s.lastLeg());
                ps.setString(6, s.leg().name());
                ps.setString(7, s.mode().name());
                ps.setInt(8, s.budgetDays());
                ps.setString(9, manifestJson);
                ps.setString(10, s.status().name());
                ps.setString(11, s.carrierId());
                ps.setString(12, s.serviceCode());
                ps.setString(13, s.waybillNumber());
                ps.setInt(14, s.bookingAttempts());
                ps.setTimestamp(15, utc(s.nextWorkAt()));
                ps.setString(16, s.collection().name());
                ps.setTimestamp(17, utc(Instant.now()));
                ps.setTimestamp(18, utc(Instant.now()));
                ps.executeUpdate();
            }
        });
    }

    /** The row and its tracking read under lock, the row updated, the scan inserted (ignored when replayed). */
    void lockAndRecord(String id, TrackingEntry scan, Instant nextPoll) {
        transaction(() -> {
            readRows("SELECT " + COLUMNS + " FROM bench_logistics_shipment WHERE id = ? FOR UPDATE", id);
            try (PreparedStatement ps = connection.prepareStatement("UPDATE bench_logistics_shipment SET status = ?, carrier_id = ?, "
                    + "service_code = ?, waybill_number = ?, booking_attempts = ?, next_work_at = ?, collection = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, "IN_TRANSIT");
                ps.setString(2, "bench-carrier");
                ps.setString(3, "STANDARD");
                ps.setString(4, "WB-" + id);
                ps.setInt(5, 1);
                ps.setTimestamp(6, utc(nextPoll));
                ps.setString(7, "USUAL");
                ps.setTimestamp(8, utc(Instant.now()));
                ps.setString(9, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT IGNORE INTO bench_logistics_tracking_event (shipment_id, "
                    + "occurred_at, checkpoint, reason, raw_status, location, description) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, id);
                ps.setTimestamp(2, utc(scan.occurredAt()));
                ps.setString(3, scan.checkpoint().name());
                ps.setString(4, scan.reason());
                ps.setString(5, scan.rawStatus());
                ps.setString(6, scan.location());
                ps.setString(7, scan.description());
                ps.executeUpdate();
            }
        });
    }

    void byOrder(String orderId) {
        transaction(() -> readRows("SELECT " + COLUMNS + " FROM bench_logistics_shipment WHERE order_id = ? ORDER BY leg_number", orderId));
    }

    /** Up to {@code limit} due rows locked (SKIP LOCKED) and leased, as the worker claims them. */
    List<String> claim(Instant now, Instant leaseUntil, int limit) {
        List<String> ids = new ArrayList<>();
        transaction(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id FROM bench_logistics_shipment WHERE next_work_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setTimestamp(1, utc(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement lease = connection.prepareStatement("UPDATE bench_logistics_shipment SET next_work_at = ? WHERE id = ?")) {
                for (String id : ids) {
                    lease.setTimestamp(1, utc(leaseUntil));
                    lease.setString(2, id);
                    lease.addBatch();
                }
                lease.executeBatch();
            }
        });
        return ids;
    }

    /** Makes every shipment whose id starts with {@code prefix} due at {@code due}, in both the copies and the store's tables. */
    void makeDue(String prefix, Instant due) {
        transaction(() -> {
            for (String table : List.of("bench_logistics_shipment", "logistics_shipment")) {
                try (PreparedStatement ps = connection.prepareStatement("UPDATE " + table + " SET next_work_at = ? WHERE id LIKE ?")) {
                    ps.setTimestamp(1, utc(due));
                    ps.setString(2, prefix + "%");
                    ps.executeUpdate();
                }
            }
        });
    }

    /** Reads every column of the matching rows, and each row's tracking history, as the store does. */
    private void readRows(String sql, String key) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    for (int i = 2; i <= 16; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
        for (String id : ids) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT occurred_at, checkpoint, reason, raw_status, location, "
                    + "description FROM bench_logistics_tracking_event WHERE shipment_id = ? ORDER BY occurred_at, id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 6; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private void transaction(Work work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("raw shipment statement failed", e);
        }
    }

    private static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private interface Work {
        void run() throws SQLException;
    }
}
