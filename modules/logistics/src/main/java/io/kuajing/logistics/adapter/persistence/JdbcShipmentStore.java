package io.kuajing.logistics.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.domain.Checkpoint;
import io.kuajing.logistics.domain.Collection;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.logistics.domain.TrackingEntry;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Shipments in {@code logistics_shipment} and their tracking in {@code logistics_tracking_event}, plain JDBC on the
 * caller's transaction; also the worker's queue over the same rows (their {@code next_work_at}). Times are stored as
 * UTC wall-clock values so neither driver nor server shifts them.
 */
@Singleton
class JdbcShipmentStore implements ShipmentStore, ShipmentQueue {

    private static final String COLUMNS = "id, order_id, owner_id, leg_number, last_leg, leg, mode, budget_days, manifest_json, "
            + "status, carrier_id, service_code, waybill_number, booking_attempts, next_work_at, collection";

    // No ORDER BY: InnoDB walks the next_work_at index and locks only the rows it returns.
    private static final String CLAIMABLE = "SELECT id FROM logistics_shipment WHERE next_work_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED";

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    JdbcShipmentStore(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Shipment> byOrder(String orderId) {
        return query("SELECT " + COLUMNS + " FROM logistics_shipment WHERE order_id = ? ORDER BY leg_number", orderId);
    }

    @Override
    public Optional<Shipment> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM logistics_shipment WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Shipment> lockById(String id) {
        return query("SELECT " + COLUMNS + " FROM logistics_shipment WHERE id = ? FOR UPDATE", id).stream().findFirst();
    }

    @Override
    public Optional<Shipment> byWaybill(String carrierId, String waybillNumber) {
        return query("SELECT " + COLUMNS + " FROM logistics_shipment WHERE carrier_id = ? AND waybill_number = ?",
                carrierId, waybillNumber).stream().findFirst();
    }

    @Override
    public boolean insert(Shipment s) {
        String sql = "INSERT INTO logistics_shipment (" + COLUMNS + ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setString(1, s.id());
            ps.setString(2, s.orderId());
            ps.setString(3, s.ownerId());
            ps.setInt(4, s.legNumber());
            ps.setBoolean(5, s.lastLeg());
            ps.setString(6, s.leg().name());
            ps.setString(7, s.mode().name());
            ps.setInt(8, s.budgetDays());
            ps.setString(9, write(s.manifest()));
            ps.setString(10, s.status().name());
            ps.setString(11, s.carrierId());
            ps.setString(12, s.serviceCode());
            ps.setString(13, s.waybillNumber());
            ps.setInt(14, s.bookingAttempts());
            ps.setTimestamp(15, utc(s.nextWorkAt()));
            ps.setString(16, s.collection().name());
            ps.setTimestamp(17, utc(clock.instant()));
            ps.setTimestamp(18, utc(clock.instant()));
            ps.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store shipment " + s.id(), e);
        }
    }

    @Override
    public void update(Shipment s) {
        String sql = "UPDATE logistics_shipment SET status = ?, carrier_id = ?, service_code = ?, waybill_number = ?, "
                + "booking_attempts = ?, next_work_at = ?, collection = ?, updated_at = ? WHERE id = ?";
        Connection c = connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.status().name());
            ps.setString(2, s.carrierId());
            ps.setString(3, s.serviceCode());
            ps.setString(4, s.waybillNumber());
            ps.setInt(5, s.bookingAttempts());
            ps.setTimestamp(6, utc(s.nextWorkAt()));
            ps.setString(7, s.collection().name());
            ps.setTimestamp(8, utc(clock.instant()));
            ps.setString(9, s.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update shipment " + s.id(), e);
        }
        if (s.newlyRecorded().isEmpty()) {
            return; // the usual poll: nothing new from the carrier
        }
        // INSERT IGNORE against the unique key: a replayed event (same instant, same raw status) is silently kept once.
        String insert = "INSERT IGNORE INTO logistics_tracking_event (shipment_id, occurred_at, checkpoint, reason, raw_status, location, description) "
                + "VALUES (?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (TrackingEntry e : s.newlyRecorded()) {
                ps.setString(1, s.id());
                ps.setTimestamp(2, utc(e.occurredAt()));
                ps.setString(3, e.checkpoint().name());
                ps.setString(4, e.reason());
                ps.setString(5, e.rawStatus());
                ps.setString(6, truncate(e.location(), 200));
                ps.setString(7, truncate(e.description(), 500));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store tracking of shipment " + s.id(), e);
        }
    }

    @Override
    public void saveLabel(String shipmentId, String format, byte[] content) {
        try (PreparedStatement ps = connection().prepareStatement(
                "INSERT INTO logistics_label (shipment_id, format, content) VALUES (?,?,?) ON DUPLICATE KEY UPDATE format = VALUES(format), content = VALUES(content)")) {
            ps.setString(1, shipmentId);
            ps.setString(2, format);
            ps.setBytes(3, content);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store label of shipment " + shipmentId, e);
        }
    }

    @Override
    public Optional<Label> label(String shipmentId) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT format, content FROM logistics_label WHERE shipment_id = ?")) {
            ps.setString(1, shipmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Label(rs.getString(1), rs.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read label of shipment " + shipmentId, e);
        }
    }

    @Override
    public void recordRelease(String orderId, Instant releasedAt) {
        execute("INSERT IGNORE INTO logistics_customs_release (order_id, released_at) VALUES (?, ?)", orderId, utc(releasedAt));
    }

    @Override
    public boolean released(String orderId) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT 1 FROM logistics_customs_release WHERE order_id = ?")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the customs release of order " + orderId, e);
        }
    }

    @Override
    public void nudgeWaiting(String orderId, Instant now, Instant leasedUntilAtMost) {
        // Ids first (a plain read), then an update by primary key: an UPDATE ... WHERE order_id would lock every leg's
        // index entry and row, and deadlock with a tracking update that holds one leg and nudges the next.
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT id FROM logistics_shipment WHERE order_id = ?")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the legs of order " + orderId, e);
        }
        // A row due within a lease may be leased to a worker right now: left alone (it is due soon anyway).
        for (String id : ids) {
            execute("UPDATE logistics_shipment SET next_work_at = ? WHERE id = ? AND (status = 'PLANNED' OR collection = 'ON_RELEASE') "
                    + "AND (next_work_at IS NULL OR next_work_at > ?)", utc(now), id, utc(leasedUntilAtMost));
        }
    }

    private void execute(String sql, Object... args) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    @Override
    public List<String> claimDue(Instant now, Instant leaseUntil, int limit) {
        Connection c = connection();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(CLAIMABLE)) {
            select.setTimestamp(1, utc(now));
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            try (PreparedStatement lease = c.prepareStatement("UPDATE logistics_shipment SET next_work_at = ? WHERE id = ?")) {
                for (String id : ids) {
                    lease.setTimestamp(1, utc(leaseUntil));
                    lease.setString(2, id);
                    lease.addBatch();
                }
                lease.executeBatch();
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim due shipments", e);
        }
    }

    private List<Shipment> query(String sql, Object... args) {
        Connection c = connection();
        List<Shipment> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    list.add(new Shipment(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                            LegKind.valueOf(rs.getString(6)), FulfilmentMode.valueOf(rs.getString(7)),
                            read(rs.getString(9)), rs.getInt(8), ShipmentStatus.valueOf(rs.getString(10)), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getInt(14), instant(rs.getTimestamp(15)),
                            Collection.valueOf(rs.getString(16)), tracking(c, id)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read shipments", e);
        }
    }

    private List<TrackingEntry> tracking(Connection c, String shipmentId) throws SQLException {
        List<TrackingEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, checkpoint, reason, raw_status, location, description "
                + "FROM logistics_tracking_event WHERE shipment_id = ? ORDER BY occurred_at, id")) {
            ps.setString(1, shipmentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new TrackingEntry(instant(rs.getTimestamp(1)), Checkpoint.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return list;
    }

    /** The manifest as JSON: a flat, versionless shape owned by this adapter (the domain records stay free of Jackson). */
    private String write(Manifest m) {
        try {
            var node = json.createObjectNode();
            node.set("from", json.valueToTree(m.from()));
            node.set("to", json.valueToTree(m.to()));
            node.put("consigneeName", m.consigneeName());
            node.put("consigneeIdNumber", m.consigneeIdNumber());
            node.put("regime", m.regime().name());
            node.put("grossWeightGrams", m.grossWeightGrams());
            var goods = node.putArray("goods");
            for (Goods g : m.goods()) {
                var o = goods.addObject();
                o.put("sku", g.sku());
                o.put("description", g.description());
                o.put("hsCode", g.hsCode());
                o.put("originCountry", g.originCountry());
                o.put("quantity", g.quantity());
                o.put("unitWeightGrams", g.unitWeightGrams());
                o.put("amount", g.unitValue().amount().toPlainString());
                o.put("currency", g.unitValue().currency().getCurrencyCode());
            }
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest", e);
        }
    }

    private Manifest read(String text) {
        try {
            var node = json.readTree(text);
            List<Goods> goods = new ArrayList<>();
            for (var o : node.get("goods")) {
                goods.add(new Goods(o.get("sku").asText(), o.get("description").asText(), o.get("hsCode").asText(),
                        o.get("originCountry").asText(), o.get("quantity").asInt(), o.get("unitWeightGrams").asLong(),
                        Money.of(o.get("amount").asText(), o.get("currency").asText())));
            }
            return new Manifest(json.treeToValue(node.get("from"), Place.class), json.treeToValue(node.get("to"), Place.class),
                    text(node, "consigneeName"), text(node, "consigneeIdNumber"), Regime.valueOf(node.get("regime").asText()),
                    node.get("grossWeightGrams").asLong(), goods);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read manifest", e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        var v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private Connection connection() {
        return transactions.getConnection();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
