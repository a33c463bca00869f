package io.kuajing.logistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.ShipmentStatus;
import org.junit.jupiter.api.Test;

class ShipmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    static Shipment lastMile(int legNumber, boolean lastLeg) {
        return leg(LegKind.LAST_MILE, legNumber, lastLeg, FulfilmentMode.FLASH_PURCHASE);
    }

    static Shipment leg(LegKind kind, int legNumber, boolean lastLeg, FulfilmentMode mode) {
        Place from = new Place("仓", "02100000000", "CN", "310115", "上海市", "上海市", null, "富特北路456号", "200131");
        Place to = new Place("张三", "13812345678", "CN", "310115", "上海市", "上海市", "浦东新区", "世纪大道100号", "200120");
        Manifest m = new Manifest(from, to, "张三", "11010519491231002X", Regime.CBEC_BONDED, 500,
                List.of(new Goods("SKU", "d", "2106909090", "US", 1, 500, Money.cny("10"))));
        Warehouse w = new Warehouse("w", WarehouseKind.BONDED, "w", from, java.time.ZoneId.of("Asia/Shanghai"), java.time.LocalTime.NOON);
        return Shipment.plan("s" + legNumber, "o1", "alice", new RouteLeg(kind, w, null, Regime.CBEC_BONDED, 3), legNumber,
                lastLeg, mode, m, T0);
    }

    static TrackingEntry at(int minutes, Checkpoint c, String raw) {
        return new TrackingEntry(T0.plusSeconds(60L * minutes), c, null, raw, "", "");
    }

    @Test
    void bookingAssignsTheWaybillOnce() {
        Shipment s = lastMile(1, true);
        assertEquals("kj-o1-1", s.idempotencyKey());
        assertEquals(List.of(Milestone.WAYBILL_ASSIGNED), s.booked("fc", "FC-STD", "FC1", T0, false));
        assertEquals(ShipmentStatus.BOOKED, s.status());
        assertThrows(IllegalStateException.class, () -> s.booked("fc", "FC-STD", "FC2", T0, false));
    }

    @Test
    void trackingMovesTheShipmentAndReportsMilestonesOnce() {
        Shipment s = lastMile(1, true);
        s.booked("fc", "FC-STD", "FC1", T0, false);
        assertEquals(List.of(Milestone.DISPATCHED), s.record(List.of(at(1, Checkpoint.PICKED_UP, "50")), T0));
        assertEquals(List.of(), s.record(List.of(at(1, Checkpoint.PICKED_UP, "50")), T0), "a replay is no news");
        assertEquals(List.of(Milestone.EXCEPTION), s.record(List.of(at(5, Checkpoint.DELIVERY_FAILED, "70")), T0));
        assertEquals(List.of(Milestone.DELIVERED), s.record(List.of(at(9, Checkpoint.DELIVERED, "80")), T0));
        assertEquals(ShipmentStatus.DELIVERED, s.status());
        assertNull(s.nextWorkAt(), "nothing left to poll");
    }

    @Test
    void aLateScanAfterDeliveryNeverMovesItBack() {
        Shipment s = lastMile(1, true);
        s.booked("fc", "FC-STD", "FC1", T0, false);
        s.record(List.of(at(9, Checkpoint.DELIVERED, "80")), T0);
        assertEquals(List.of(), s.record(List.of(at(20, Checkpoint.IN_TRANSIT, "30")), T0));
        assertEquals(ShipmentStatus.DELIVERED, s.status());
        assertEquals(2, s.history().size(), "kept as history");
    }

    @Test
    void outOfOrderArrivalGivesTheSameStatusAsInOrder() {
        Shipment a = lastMile(1, true);
        a.booked("fc", "FC-STD", "FC1", T0, false);
        a.record(List.of(at(9, Checkpoint.OUT_FOR_DELIVERY, "44")), T0);
        a.record(List.of(at(1, Checkpoint.PICKED_UP, "50")), T0);
        assertEquals(ShipmentStatus.OUT_FOR_DELIVERY, a.status());
    }

    @Test
    void onlyTheLastLegDeliversTheOrderAndOnlyTheFirstDispatchesIt() {
        Shipment second = lastMile(2, true);
        second.start(T0);
        second.booked("fc", "FC-STD", "FC1", T0, false);
        assertEquals(List.of(), second.record(List.of(at(1, Checkpoint.PICKED_UP, "50")), T0));
        Shipment first = lastMile(1, false);
        first.booked("air", "AIR", "A1", T0, false);
        assertEquals(List.of(Milestone.DISPATCHED), first.record(List.of(at(1, Checkpoint.PICKED_UP, "RCS"),
                at(2, Checkpoint.HANDED_TO_LAST_MILE, "HLM")), T0));
        assertEquals(ShipmentStatus.DELIVERED, first.status(), "the line-haul leg is done at hand-over");
    }

    @Test
    void aLaterLegWaitsForTheHandOverAndAfterACustomsLegForTheRelease() {
        Shipment lineHaul = leg(LegKind.LINE_HAUL, 1, false, FulfilmentMode.DIRECT_MAIL);
        Shipment lastMile = leg(LegKind.LAST_MILE, 2, true, FulfilmentMode.DIRECT_MAIL);
        assertEquals(ShipmentStatus.BOOKING, lineHaul.status());
        assertEquals(T0, lineHaul.nextWorkAt(), "the first leg is booked at once");
        assertEquals(ShipmentStatus.PLANNED, lastMile.status());
        assertNull(lastMile.nextWorkAt(), "a planned leg is due only when nudged");

        List<Shipment> legs = List.of(lineHaul, lastMile);
        assertFalse(lastMile.mayStart(legs, true), "released, but the parcel is still on the plane");
        lineHaul.booked("air", "AIR", "A1", T0, false);
        lineHaul.record(List.of(at(60, Checkpoint.HANDED_TO_LAST_MILE, "HLM")), T0);
        assertFalse(lastMile.mayStart(legs, false), "at the port, but customs has not released it");
        assertTrue(lastMile.mayStart(legs, true));

        lastMile.start(T0);
        assertEquals(ShipmentStatus.BOOKING, lastMile.status());
        assertFalse(lastMile.mayStart(legs, true), "started once");
        assertThrows(IllegalStateException.class, () -> lastMile.start(T0));
    }

    @Test
    void aLaterLegAfterNoCustomsLegNeedsOnlyTheHandOver() {
        Shipment first = leg(LegKind.LAST_MILE, 1, false, FulfilmentMode.DIRECT_PURCHASE);
        Shipment second = leg(LegKind.LAST_MILE, 2, true, FulfilmentMode.DIRECT_PURCHASE);
        first.booked("fc", "FC-STD", "F1", T0, false);
        first.record(List.of(at(60, Checkpoint.HANDED_TO_LAST_MILE, "HLM")), T0);
        assertTrue(second.mayStart(List.of(first, second), false));
    }

    @Test
    void bookingGivesUpAfterTheLastAttempt() {
        Shipment s = lastMile(1, true);
        assertEquals(List.of(), s.bookingFailed(T0.plusSeconds(60), 2));
        assertEquals(List.of(Milestone.EXCEPTION), s.bookingFailed(T0.plusSeconds(120), 2));
        assertEquals(ShipmentStatus.EXCEPTION, s.status());
    }
}
