package io.kuajing.logistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A worker's round on a database of its own (so the round claims exactly these shipments): its carriers' answers are
 * saved together, and one that cannot be saved does not take the others with it.
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
            shipments.createFor(order(order));
        }
        carriers.cityExpress.oversizedWaybills.add("kj-o-round-2-1");
        try {
            assertEquals(3, service.runDue(), "one round claims the three");
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

    private static ShipmentOrder order(String orderId) {
        return new ShipmentOrder(orderId, "alice", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1",
                new ShipmentOrder.Consignee("张三", "13812345678", null, "310115", "上海市", "上海市", "浦东新区", "世纪大道100号8楼", "200120"),
                List.of(new ShipmentOrder.Item("SKU-VITC-100", "Vitamin C", "2106909090", "US", 2, 250, Money.cny("199.90"))));
    }
}
