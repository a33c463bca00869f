package io.kuajing.logistics.adapter.persistence;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.logistics.domain.TrackingEntry;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

/**
 * Shipments in {@code logistics_shipment} and their tracking in {@code logistics_tracking_event} through Micronaut
 * Data JDBC repositories, which run on the caller's transaction (the platform's {@code Transactions}: both go through
 * the same data source's connection of the current transaction); also the worker's queue over the same rows (their
 * {@code next_work_at}). Maps rows to the plain {@link Shipment} aggregate and back. Times are stored as UTC
 * wall-clock values so neither driver nor server shifts them.
 */
@Singleton
class JdbcShipmentStore implements ShipmentStore, ShipmentQueue {

    private final ShipmentRows shipments;
    private final TrackingEventRows tracking;
    private final LabelRows labels;
    private final CustomsReleaseRows releases;
    private final Clock clock;

    JdbcShipmentStore(ShipmentRows shipments, TrackingEventRows tracking, LabelRows labels, CustomsReleaseRows releases,
                      Clock clock) {
        this.shipments = shipments;
        this.tracking = tracking;
        this.labels = labels;
        this.releases = releases;
        this.clock = clock;
    }

    @Override
    public List<Shipment> byOrder(String orderId) {
        return shipments.findByOrderIdOrderByLegNumber(orderId).stream().map(this::shipment).toList();
    }

    @Override
    public List<Shipment> byIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : withTracking(shipments.findByIdIn(ids));
    }

    @Override
    public Optional<Shipment> lockById(String id) {
        return shipments.findByIdForUpdate(id).map(this::shipment);
    }

    @Override
    public List<Shipment> lockByIds(List<String> ids) {
        return ids.isEmpty() ? List.of() : withTracking(shipments.findByIdInForUpdate(ids));
    }

    @Override
    public Optional<Shipment> byWaybill(String carrierId, String waybillNumber) {
        return shipments.findByCarrierIdAndWaybillNumber(carrierId, waybillNumber).map(this::shipment);
    }

    @Override
    public boolean insert(Shipment s) {
        LocalDateTime now = utc(clock.instant());
        try {
            shipments.insert(new ShipmentRow(s.id(), s.orderId(), s.ownerId(), s.legNumber(), s.lastLeg(), s.leg(), s.mode(),
                    s.budgetDays(), ManifestJson.write(s.manifest()), s.status(), s.carrierId(), s.serviceCode(),
                    s.waybillNumber(), s.bookingAttempts(), utc(s.nextWorkAt()), s.collection(), now, now));
            return true;
        } catch (DataAccessException e) {
            if (duplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void update(Shipment s) {
        shipments.update(s.id(), s.status(), s.carrierId(), s.serviceCode(), s.waybillNumber(), s.bookingAttempts(),
                utc(s.nextWorkAt()), s.collection(), utc(clock.instant()));
        // Usually none (a poll with nothing new) or one scan: a statement each.
        for (TrackingEntry e : s.newlyRecorded()) {
            tracking.insertUnlessReplayed(s.id(), utc(e.occurredAt()), e.checkpoint().name(), e.reason(), e.rawStatus(),
                    truncate(e.location(), 200), truncate(e.description(), 500));
        }
    }

    @Override
    public void saveLabel(String shipmentId, String format, byte[] content) {
        labels.upsert(shipmentId, format, content);
    }

    @Override
    public Optional<Label> label(String shipmentId) {
        return labels.findById(shipmentId).map(row -> new Label(row.format(), row.content()));
    }

    @Override
    public void recordRelease(String orderId, Instant releasedAt) {
        releases.insertUnlessKnown(orderId, utc(releasedAt));
    }

    @Override
    public boolean released(String orderId) {
        return releases.existsById(orderId);
    }

    @Override
    public Set<String> released(List<String> orderIds) {
        return orderIds.isEmpty() ? Set.of() : Set.copyOf(releases.findOrderIdByOrderIdIn(orderIds));
    }

    @Override
    public void nudgeWaiting(String orderId, Instant now, Instant leasedUntilAtMost) {
        // Ids first (a plain read), then an update by primary key: an UPDATE ... WHERE order_id would lock every leg's
        // index entry and row, and deadlock with a tracking update that holds one leg and nudges the next.
        for (String id : shipments.findIdByOrderId(orderId)) {
            shipments.nudge(id, utc(now), utc(leasedUntilAtMost));
        }
    }

    @Override
    public List<String> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<String> ids = shipments.lockDue(utc(now), limit);
        if (!ids.isEmpty()) {
            shipments.lease(ids, utc(leaseUntil));
        }
        return ids;
    }

    private Shipment shipment(ShipmentRow r) {
        return shipment(r, tracking.findByShipmentIdOrderByOccurredAtAndId(r.id()));
    }

    /** The rows' shipments with the tracking of all of them read in one statement, not one per shipment. */
    private List<Shipment> withTracking(List<ShipmentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<TrackingEventRow>> scans = tracking.findByShipmentIdInOrderByOccurredAtAndId(
                rows.stream().map(ShipmentRow::id).toList()).stream()
                .collect(Collectors.groupingBy(TrackingEventRow::shipmentId));
        return rows.stream().map(r -> shipment(r, scans.getOrDefault(r.id(), List.of()))).toList();
    }

    private Shipment shipment(ShipmentRow r, List<TrackingEventRow> scans) {
        List<TrackingEntry> history = scans.stream()
                .map(t -> new TrackingEntry(instant(t.occurredAt()), t.checkpoint(), t.reason(), t.rawStatus(), t.location(),
                        t.description()))
                .toList();
        return new Shipment(r.id(), r.orderId(), r.ownerId(), r.legNumber(), r.lastLeg(), r.leg(), r.mode(),
                ManifestJson.read(r.manifestJson()), r.budgetDays(), r.status(), r.carrierId(), r.serviceCode(),
                r.waybillNumber(), r.bookingAttempts(), instant(r.nextWorkAt()), r.collection(), history);
    }

    /** Whether the insert lost to a row with the same key (a concurrent create of the same leg). */
    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
