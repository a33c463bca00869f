package io.kuajing.logistics.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
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
import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipment store on Micronaut Data JDBC, on a real database: what it keeps, and that it works in the caller's transaction. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcShipmentStoreTest implements WithTestDatabase {

    /** Whole seconds: Connector/J cuts fractions on MariaDB (ADR 0028), and these columns only need the second. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ShipmentStore store;

    @Inject
    ShipmentQueue queue;

    @Inject
    Transactions transactions;

    @Test
    void aShipmentIsReadBackAsItWasStoredWithItsScansInTimeOrderAndAReplayKeptOnce() {
        Shipment stored = shipment("keep-1", null);
        transactions.write(() -> store.insert(stored));
        TrackingEntry later = scan(NOW.plusSeconds(60), Checkpoint.IN_TRANSIT, "上海浦东国际机场");
        TrackingEntry earlier = scan(NOW, Checkpoint.PICKED_UP, null);
        transactions.write(() -> {
            Shipment s = store.lockById("keep-1").orElseThrow();
            s.record(List.of(later, earlier), NOW.plus(Duration.ofMinutes(30)));
            store.update(s);
            return null;
        });
        transactions.write(() -> {
            Shipment s = store.lockById("keep-1").orElseThrow();
            s.record(List.of(earlier), NOW.plus(Duration.ofMinutes(60)));
            store.update(s); // the replayed scan is not news: nothing new to insert
            return null;
        });

        Shipment read = transactions.read(() -> store.byOrder("order-keep-1")).get(0);
        assertEquals(stored.manifest(), read.manifest());
        assertEquals(ShipmentStatus.IN_TRANSIT, read.status());
        assertEquals("WB-keep-1", transactions.read(() -> store.byWaybill("sf", "WB-keep-1")).orElseThrow().waybillNumber());
        assertEquals(NOW.plus(Duration.ofMinutes(60)), read.nextWorkAt(), "times come back as they went in (UTC)");
        assertEquals(List.of(earlier, later), read.history());
        assertNull(read.history().get(0).location());
    }

    @Test
    void aLegStoredTwiceIsRefusedWithoutSpoilingTheTransaction() {
        boolean[] inserted = new boolean[2];
        transactions.write(() -> {
            inserted[0] = store.insert(shipment("twice-1", null));
            inserted[1] = store.insert(shipment("twice-2", "order-twice-1")); // same order and leg number
            return null;
        });
        assertTrue(inserted[0]);
        assertFalse(inserted[1]);
        assertTrue(!transactions.read(() -> store.byIds(List.of("twice-1"))).isEmpty(), "the first one committed");
    }

    @Test
    void whatTheStoreWroteIsRolledBackWithTheCallersTransaction() {
        assertThrows(IllegalStateException.class, () -> transactions.write(() -> {
            store.insert(shipment("undone-1", null));
            store.saveLabel("undone-1", "PDF", new byte[] {1});
            store.recordRelease("order-undone-1", NOW);
            throw new IllegalStateException("the caller fails after the writes");
        }));
        assertTrue(transactions.read(() -> store.byIds(List.of("undone-1"))).isEmpty());
        assertFalse(transactions.read(() -> store.released("order-undone-1")));
    }

    @Test
    void aLabelStoredAgainReplacesTheOneKeptAndAReleaseNotedAgainChangesNothing() {
        transactions.write(() -> store.insert(shipment("label-1", null)));
        transactions.write(() -> {
            store.saveLabel("label-1", "PDF", new byte[] {1, 2});
            store.saveLabel("label-1", "ZPL", new byte[] {3});
            store.recordRelease("order-label-1", NOW);
            store.recordRelease("order-label-1", NOW.plusSeconds(5));
            return null;
        });
        ShipmentStore.Label label = transactions.read(() -> store.label("label-1")).orElseThrow();
        assertEquals("ZPL", label.format());
        assertArrayEquals(new byte[] {3}, label.content());
        assertTrue(transactions.read(() -> store.released("order-label-1")));
    }

    @Test
    void aClaimedShipmentIsLeasedAndNotClaimedAgainBeforeTheLeaseEnds() {
        Shipment due = shipment("due-1", null);
        transactions.write(() -> store.insert(due));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> first = transactions.write(() -> queue.claimDue(now, now.plusSeconds(600), 1_000));
        List<String> again = transactions.write(() -> queue.claimDue(now.plusSeconds(1), now.plusSeconds(600), 1_000));
        assertTrue(first.contains("due-1"));
        assertFalse(again.contains("due-1"));
        assertEquals(now.plusSeconds(600), transactions.read(() -> store.byIds(List.of("due-1"))).get(0).nextWorkAt());
    }

    @Test
    void severalShipmentsAreReadAndLockedWithEachOnesOwnScansAndReleasesAskedForSeveralOrders() {
        TrackingEntry picked = scan(NOW, Checkpoint.PICKED_UP, null);
        TrackingEntry moving = scan(NOW.plusSeconds(60), Checkpoint.IN_TRANSIT, null);
        transactions.write(() -> {
            store.insert(shipment("many-1", null));
            store.insert(shipment("many-2", null));
            store.insert(shipment("many-3", null));
            Shipment scanned = store.lockById("many-2").orElseThrow();
            scanned.record(List.of(moving, picked), NOW);
            store.update(scanned);
            store.recordRelease("order-many-3", NOW);
            return null;
        });

        List<Shipment> read = transactions.read(() -> store.byIds(List.of("many-3", "many-2", "many-none")));
        assertEquals(Set.of("many-2", "many-3"), read.stream().map(Shipment::id).collect(Collectors.toSet()), "the unknown id is left out");
        assertEquals(List.of(picked, moving), read.stream().filter(s -> s.id().equals("many-2")).findFirst().orElseThrow().history());
        assertEquals(List.of(), read.stream().filter(s -> s.id().equals("many-3")).findFirst().orElseThrow().history());
        List<Shipment> locked = transactions.write(() -> store.lockByIds(List.of("many-1", "many-2")));
        assertEquals(Set.of("many-1", "many-2"), locked.stream().map(Shipment::id).collect(Collectors.toSet()));
        assertEquals(ShipmentStatus.IN_TRANSIT, locked.stream().filter(s -> s.id().equals("many-2")).findFirst().orElseThrow().status());

        assertEquals(Set.of("order-many-3"), transactions.read(() -> store.released(List.of("order-many-1", "order-many-3"))));
        assertEquals(Set.of(), transactions.read(() -> store.released(List.<String>of())), "no orders, no question");
        assertEquals(List.of(), transactions.read(() -> store.byIds(List.of())));
    }

    /** A first leg booked with carrier sf and due now, of order {@code order} (default order-{@code id}). */
    private static Shipment shipment(String id, String order) {
        Place from = new Place("保税仓", "021-00000000", "CN", "310115", "上海市", "上海市", "浦东新区", "外高桥 1 号", "200131");
        Place to = new Place("张三", "13800138000", "CN", "110105", "北京市", "北京市", "朝阳区", "建国路 88 号", "100022");
        Manifest manifest = new Manifest(from, to, "张三", "11010519491231002X", Regime.CBEC_BONDED, 320,
                List.of(new Goods("SKU-1", "面霜 50g", "3304990099", "JP", 2, 160, Money.of("128.50", "CNY"))));
        return new Shipment(id, order == null ? "order-" + id : order, "alice", 1, true, LegKind.END_TO_END,
                FulfilmentMode.FLASH_PURCHASE, manifest, 3, ShipmentStatus.BOOKED, "sf", "STD", "WB-" + id, 1, NOW,
                Collection.USUAL, List.of());
    }

    private static TrackingEntry scan(Instant at, Checkpoint checkpoint, String location) {
        return new TrackingEntry(at, checkpoint, null, checkpoint.name(), location, checkpoint.name().toLowerCase());
    }
}
