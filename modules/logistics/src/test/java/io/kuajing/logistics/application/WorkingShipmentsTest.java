package io.kuajing.logistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.carrier.TrackingStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A worker's round on a database of its own (so the round claims exactly these shipments): its carriers' answers are
 * saved together, and one that cannot be saved does not take the others with it; a shipment's answers of one round
 * (a courier call, then its tracking) are saved together.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingShipmentsTest implements WithTestDatabase {

    @Inject
    Shipments shipments;

    @Inject
    WorkingShipments service;

    @Inject
    FakeCarriers carriers;

    @Test
    void aRoundSavesEveryAnswerOfItsBatchAndAnAnswerThatCannotBeSavedLosesNotTheOthers() {
        for (String order : List.of("o-round-1", "o-round-2", "o-round-3")) {
            shipments.createFor(LogisticsModuleTest.order(order, "alice", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        }
        carriers.cityExpress.oversizedWaybills.add("kj-o-round-2-1");
        try {
            service.runDue(); // one round claims them all: up to eight are claimed at once
        } finally {
            carriers.cityExpress.oversizedWaybills.clear();
        }

        for (String order : List.of("o-round-1", "o-round-3")) {
            ShipmentView booked = shipments.forOrder(order).get(0);
            assertEquals(ShipmentStatus.BOOKED, booked.status(), order + " saved though the batch's save failed");
            Eventually.within(Duration.ofSeconds(10), order + "'s WaybillAssigned",
                    () -> RecordedEvents.of(WaybillAssigned.class, order).size() == 1);
        }
        ShipmentView failed = shipments.forOrder("o-round-2").get(0);
        assertEquals(ShipmentStatus.BOOKING, failed.status(), "not saved: booked again, same key, once its lease runs out");
        assertTrue(RecordedEvents.of(WaybillAssigned.class, "o-round-2").isEmpty(), "nothing published for it");
    }

    @Test
    void aReleasedParcelsCourierCallAndTheScanThatFollowsItAreSavedInTheSameRound() {
        shipments.createFor(LogisticsModuleTest.order("o-round-fp", "alice", FulfilmentMode.FLASH_PURCHASE, "sh-wgq-b1"));
        service.runDue();
        String waybill = shipments.forOrder("o-round-fp").get(0).waybillNumber();
        carriers.cityExpress.scan(waybill, Instant.parse("2026-03-03T03:00:00Z"), TrackingStatus.PICKED_UP);
        shipments.releasedByCustoms("o-round-fp", Instant.parse("2026-03-03T02:00:00Z"));

        service.runDue();

        ShipmentView collected = shipments.forOrder("o-round-fp").get(0);
        assertEquals(List.of(waybill), carriers.cityExpress.pickups.stream().filter(waybill::equals).toList(), "called once");
        assertEquals(null, collected.waitingFor(), "the courier call is saved");
        assertEquals(1, collected.tracking().size(), "and so is the scan the same round polled");
        assertEquals(ShipmentStatus.IN_TRANSIT, collected.status());
    }
}
