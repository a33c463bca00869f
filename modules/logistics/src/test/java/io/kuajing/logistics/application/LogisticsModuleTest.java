package io.kuajing.logistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentException;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.carrier.TrackingStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The logistics module end to end on a real database: shipments, carriers, outbox events and the HTTP API. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogisticsModuleTest implements WithTestDatabase {

    @Inject
    Shipments shipments;

    @Inject
    WorkingShipments service;

    @Inject
    FakeCarriers carriers;

    @Inject
    ShipmentQueue queue;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    @Client("/")
    HttpClient http;

    // ---------------------------------------------------------------- shipments

    @Test
    void aDirectMailOrderIsBookedLegByLegAndFallsBackWhenTheCheapestCarrierTimesOut() {
        List<ShipmentView> planned = shipments.createFor(order("o-dm-1", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        assertEquals(List.of("LINE_HAUL", "LAST_MILE"), planned.stream().map(ShipmentView::leg).toList());
        assertEquals(planned.stream().map(ShipmentView::shipmentId).toList(),
                shipments.createFor(order("o-dm-1", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1")).stream()
                        .map(ShipmentView::shipmentId).toList(), "creating again returns the same shipments");

        long start = System.nanoTime();
        service.runDue();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "a hanging carrier costs one deadline");

        List<ShipmentView> booked = shipments.forOrder("o-dm-1");
        assertEquals("fast-air", booked.get(0).carrierId(), "slow-air quoted cheapest but hung: fallback to the next");
        assertEquals(ShipmentStatus.BOOKED, booked.get(0).status());
        assertTrue(carriers.slowAir.bookingAttempts.contains("kj-o-dm-1-1"), "slow-air was tried first");
        assertEquals(ShipmentStatus.PLANNED, booked.get(1).status(), "the last mile waits for the parcel to reach the port");
        assertEquals("HAND_OVER", booked.get(1).waitingFor());
        assertEquals(null, booked.get(0).waitingFor());

        Eventually.within(Duration.ofSeconds(10), "the line haul's WaybillAssigned",
                () -> RecordedEvents.of(WaybillAssigned.class, "o-dm-1").size() == 1);
        WaybillAssigned lineHaul = RecordedEvents.of(WaybillAssigned.class, "o-dm-1").get(0);
        assertEquals(1, lineHaul.legNumber());
        assertTrue(lineHaul.customsLeg(), "the line haul waybill is the one declared in CEB511");
        assertEquals("9610", lineHaul.supervisionCode());
        assertEquals("LC-fast-air", lineHaul.logisticsCode());
        assertEquals(0, new java.math.BigDecimal("80.00").compareTo(lineHaul.freight()));
        // The flight and master air waybill the 9610 inventory list declares, as the line-haul carrier booked them.
        assertEquals("5", lineHaul.transportModeCode());
        assertEquals("FAST-AIR-FLT", lineHaul.transportMeans());
        assertEquals("20260302", lineHaul.voyageNo());
        assertEquals("MAWB-" + lineHaul.waybillNumber(), lineHaul.masterBillNo());
    }

    @Test
    void aBookingRanksItsCarriersFromTheQuotesRememberedForItsParcelClassAndIsPricedByTheCarriersAnswer() {
        shipments.createFor(order("o-dm-q1", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();
        int asked = carriers.fastAir.rateRequests.get();

        shipments.createFor(order("o-dm-q2", "bob", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();

        assertEquals(asked, carriers.fastAir.rateRequests.get(), "the same lane and parcel class: no carrier asked for a rate again");
        ShipmentView lineHaul = shipments.forOrder("o-dm-q2").get(0);
        assertEquals(ShipmentStatus.BOOKED, lineHaul.status());
        assertEquals("fast-air", lineHaul.carrierId(), "ranked as remembered: slow-air first, hung, then fast-air");
        Eventually.within(Duration.ofSeconds(10), "the line haul's WaybillAssigned",
                () -> RecordedEvents.of(WaybillAssigned.class, "o-dm-q2").size() == 1);
        assertEquals(0, new java.math.BigDecimal("80.00").compareTo(RecordedEvents.of(WaybillAssigned.class, "o-dm-q2").get(0).freight()),
                "the freight is what the carrier answered the booking");
    }

    @Test
    void theLastMileIsBookedOnlyOnceTheLineHaulHandedTheParcelOverAndCustomsReleasedIt() {
        shipments.createFor(order("o-dm-2", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();
        String lineHaulWaybill = shipments.forOrder("o-dm-2").get(0).waybillNumber();
        Instant t = Instant.parse("2026-03-03T01:00:00Z");
        carriers.fastAir.scan(lineHaulWaybill, t, TrackingStatus.PICKED_UP);
        carriers.fastAir.scan(lineHaulWaybill, t.plusSeconds(86_400), TrackingStatus.CUSTOMS_PROCESSING);
        service.runDue();
        service.runDue();
        assertEquals(ShipmentStatus.PLANNED, shipments.forOrder("o-dm-2").get(1).status(), "still on the plane");

        carriers.fastAir.scan(lineHaulWaybill, t.plusSeconds(2 * 86_400), TrackingStatus.HANDED_TO_LAST_MILE);
        service.runDue();
        service.runDue();
        List<ShipmentView> atPort = shipments.forOrder("o-dm-2");
        assertEquals(ShipmentStatus.DELIVERED, atPort.get(0).status(), "the line haul ends at the hand-over");
        assertEquals(ShipmentStatus.PLANNED, atPort.get(1).status(), "at the port, not released: no carrier yet");
        assertTrue(carriers.cityExpress.bookingAttempts.stream().noneMatch(k -> k.startsWith("kj-o-dm-2")));

        shipments.releasedByCustoms("o-dm-2", t.plusSeconds(2 * 86_400 + 3_600));
        shipments.releasedByCustoms("o-dm-2", t.plusSeconds(2 * 86_400 + 3_600));
        service.runDue();
        ShipmentView lastMile = shipments.forOrder("o-dm-2").get(1);
        assertEquals(ShipmentStatus.BOOKED, lastMile.status());
        assertEquals("city-express", lastMile.carrierId());
        Eventually.within(Duration.ofSeconds(10), "both waybills announced",
                () -> RecordedEvents.of(WaybillAssigned.class, "o-dm-2").size() == 2);
        WaybillAssigned courier = RecordedEvents.of(WaybillAssigned.class, "o-dm-2").stream()
                .filter(w -> w.legNumber() == 2).findFirst().orElseThrow();
        assertEquals(null, courier.transportModeCode(), "a courier gives no line-haul transport");
        assertEquals(null, courier.masterBillNo());
        assertEquals("FAST-AIR-FLT", RecordedEvents.of(WaybillAssigned.class, "o-dm-2").stream()
                .filter(w -> w.legNumber() == 1).findFirst().orElseThrow().transportMeans());
    }

    @Test
    void aReleaseBeforeTheHandOverWaitsForTheParcelToReachThePort() {
        shipments.createFor(order("o-dm-3", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();
        shipments.releasedByCustoms("o-dm-3", Instant.parse("2026-03-04T01:00:00Z"));
        service.runDue();
        assertEquals(ShipmentStatus.PLANNED, shipments.forOrder("o-dm-3").get(1).status(), "released, but still on the plane");

        String lineHaulWaybill = shipments.forOrder("o-dm-3").get(0).waybillNumber();
        carriers.fastAir.scan(lineHaulWaybill, Instant.parse("2026-03-05T01:00:00Z"), TrackingStatus.HANDED_TO_LAST_MILE);
        service.runDue();
        service.runDue();
        assertEquals(ShipmentStatus.BOOKED, shipments.forOrder("o-dm-3").get(1).status());
    }

    @Test
    void aBondedParcelsCourierIsCalledOnlyOnceCustomsReleasedIt() {
        shipments.createFor(order("o-fp-2", "alice", FulfilmentMode.FLASH_PURCHASE, "sh-wgq-b1"));
        service.runDue();
        ShipmentView booked = shipments.forOrder("o-fp-2").get(0);
        assertEquals(ShipmentStatus.BOOKED, booked.status(), "the waybill is there for the declaration");
        assertEquals("city-express", booked.carrierId(), "bonded-van is cheaper but would collect goods still under bond");
        assertTrue(carriers.bondedVan.bookingAttempts.isEmpty());
        assertTrue(carriers.cityExpress.collectOnRequest.contains("kj-o-fp-2-1"), "booked without a courier");
        assertEquals("CUSTOMS_RELEASE", booked.waitingFor(), "the consumer sees why it does not move yet");
        service.runDue();
        assertFalse(carriers.cityExpress.pickups.contains(booked.waybillNumber()), "under bond until customs releases it");

        shipments.releasedByCustoms("o-fp-2", Instant.parse("2026-03-03T02:00:00Z"));
        service.runDue();
        service.runDue();
        assertEquals(1, carriers.cityExpress.pickups.stream().filter(booked.waybillNumber()::equals).count(),
                "released: the courier is called, once");
        assertEquals(null, shipments.forOrder("o-fp-2").get(0).waitingFor());
    }

    @Test
    void aCancelledOrderStopsWhatHasNotMovedAndLeavesWhatHas() {
        shipments.createFor(order("o-cx-1", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();
        String lineHaul = shipments.forOrder("o-cx-1").get(0).waybillNumber();
        assertEquals(2, shipments.cancel("o-cx-1"), "the booked line haul and the planned last mile");
        assertEquals(ShipmentStatus.CANCELLED, shipments.forOrder("o-cx-1").get(1).status(), "no waybill yet: dropped");
        assertEquals(ShipmentStatus.CANCELLING, shipments.forOrder("o-cx-1").get(0).status());
        service.runDue();
        assertEquals(ShipmentStatus.CANCELLED, shipments.forOrder("o-cx-1").get(0).status());
        assertTrue(carriers.fastAir.cancelled.contains(lineHaul), "the carrier cancelled the waybill");

        shipments.createFor(order("o-cx-2", "alice", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        service.runDue();
        String moving = shipments.forOrder("o-cx-2").get(0).waybillNumber();
        carriers.cityExpress.scan(moving, Instant.parse("2026-03-03T01:00:00Z"), TrackingStatus.PICKED_UP);
        service.runDue();
        assertEquals(0, shipments.cancel("o-cx-2"), "already on its way: left to arrive");
        assertEquals(ShipmentStatus.IN_TRANSIT, shipments.forOrder("o-cx-2").get(0).status());
    }

    @Test
    void aLineHaulReturnedToTheShipperDropsTheLastMileThatWouldWaitForIt() {
        shipments.createFor(order("o-rts-1", "alice", FulfilmentMode.DIRECT_MAIL, "us-nj-1"));
        service.runDue();
        String lineHaul = shipments.forOrder("o-rts-1").get(0).waybillNumber();
        carriers.fastAir.scan(lineHaul, Instant.parse("2026-03-03T01:00:00Z"), TrackingStatus.RETURN_TO_SENDER);
        service.runDue();
        List<ShipmentView> legs = shipments.forOrder("o-rts-1");
        assertEquals(ShipmentStatus.RETURNED, legs.get(0).status());
        assertEquals(ShipmentStatus.CANCELLED, legs.get(1).status(), "not left waiting for a parcel that is going back");
    }

    @Test
    void aPickupRefusedForGoodIsReportedOnceAndNotAskedAgain() {
        shipments.createFor(order("o-fp-3", "alice", FulfilmentMode.FLASH_PURCHASE, "sh-wgq-b1"));
        service.runDue();
        String waybill = shipments.forOrder("o-fp-3").get(0).waybillNumber();
        carriers.cityExpress.refusedPickups.add(waybill);
        shipments.releasedByCustoms("o-fp-3", Instant.parse("2026-03-03T02:00:00Z"));
        service.runDue();
        service.runDue();
        service.runDue();
        assertEquals(1, carriers.cityExpress.pickupAttempts.stream().filter(waybill::equals).count(), "asked once");
        Eventually.within(Duration.ofSeconds(10), "operations told", () -> RecordedEvents.of(ShipmentException.class, "o-fp-3")
                .stream().anyMatch(e -> e.status().equals("PICKUP_INVALID_REQUEST")));
    }

    @Test
    void aDomesticParcelIsCollectedAsTheCarrierUsuallyDoes() {
        shipments.createFor(order("o-dp-1", "alice", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        service.runDue();
        assertFalse(carriers.cityExpress.collectOnRequest.contains("kj-o-dp-1-1"));
    }

    @Test
    void pollingMovesAFlashPurchaseToDeliveredAndPublishesEachMilestoneOnce() {
        shipments.createFor(order("o-fp-1", "alice", FulfilmentMode.FLASH_PURCHASE, "sh-wgq-b1"));
        service.runDue();
        ShipmentView booked = shipments.forOrder("o-fp-1").get(0);
        assertEquals("city-express", booked.carrierId(), "broken throws while quoting and is ranked last, never chosen");
        Instant t = Instant.parse("2026-03-03T01:00:00Z");
        carriers.cityExpress.scan(booked.waybillNumber(), t, TrackingStatus.PICKED_UP);
        carriers.cityExpress.scan(booked.waybillNumber(), t.plusSeconds(3600), TrackingStatus.OUT_FOR_DELIVERY);
        carriers.cityExpress.scan(booked.waybillNumber(), t.plusSeconds(7200), TrackingStatus.DELIVERED);

        service.runDue();
        service.runDue();

        ShipmentView delivered = shipments.forOrder("o-fp-1").get(0);
        assertEquals(ShipmentStatus.DELIVERED, delivered.status());
        assertEquals(3, delivered.tracking().size(), "polled twice, stored once");
        Eventually.within(Duration.ofSeconds(10), "dispatched and delivered published",
                () -> RecordedEvents.of(ShipmentDelivered.class, "o-fp-1").size() == 1
                        && RecordedEvents.of(ShipmentDispatched.class, "o-fp-1").size() == 1);
    }

    @Test
    void claimsAreExclusiveBetweenInstances() throws Exception {
        for (int i = 0; i < 3; i++) {
            shipments.createFor(order("o-claim-" + i, "carol", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> tx.executeWrite(status -> {
            List<String> ids = queue.claimDue(Instant.now(), Instant.now().plusSeconds(60), 100);
            firstClaimed.countDown();
            await(secondDone);
            return ids;
        }));
        assertTrue(firstClaimed.await(10, TimeUnit.SECONDS));
        List<String> second = tx.executeWrite(status -> queue.claimDue(Instant.now(), Instant.now().plusSeconds(60), 100));
        secondDone.countDown();
        List<String> firstIds = first.get(10, TimeUnit.SECONDS);
        assertTrue(firstIds.size() >= 3, "the first instance claimed the new shipments");
        Set<String> overlap = new HashSet<>(firstIds);
        overlap.retainAll(second);
        assertEquals(Set.of(), overlap, "SKIP LOCKED: no shipment is claimed twice");
    }

    @Test
    void anUnroutableOrBadOrderIsARuleViolationNamingTheField() {
        ShipmentOrder bad = order("o-bad-1", "alice", FulfilmentMode.FLASH_PURCHASE, "sh-wgq-b1");
        var badPhone = new ShipmentOrder(bad.orderId(), bad.ownerId(), bad.mode(), bad.warehouseId(),
                new ShipmentOrder.Consignee("张三", "12345", "11010519491231002X", "310115", "上海市", "上海市", "浦东新区", "世纪大道100号", "200120"),
                bad.items());
        RuleViolation v = assertThrows(RuleViolation.class, () -> shipments.createFor(badPhone));
        assertEquals("consignee.phone", v.field());
        assertEquals("mobile-format", v.rule()); // the kernel's MobileNumber rule, as at checkout
        RuleViolation wrongWarehouse = assertThrows(RuleViolation.class,
                () -> shipments.createFor(order("o-bad-2", "alice", FulfilmentMode.DIRECT_MAIL, "sh-wgq-b1")));
        assertEquals("mode-mismatch", wrongWarehouse.rule());
        assertTrue(shipments.forOrder("o-bad-1").isEmpty());
    }

    // ---------------------------------------------------------------- HTTP

    @Test
    void aSignedTrackingPushIsAppliedAndAForgedOneRefused() throws Exception {
        shipments.createFor(order("o-push-1", "dave", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        service.runDue();
        String waybill = shipments.forOrder("o-push-1").get(0).waybillNumber();
        byte[] body = (waybill + "|2026-03-04T02:00:00Z|PICKED_UP\n" + waybill + "|2026-03-04T08:00:00Z|DELIVERED")
                .getBytes(StandardCharsets.UTF_8);

        HttpClientResponseException forged = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(push("city-express", body, "sha256=00")));
        assertEquals(HttpStatus.UNAUTHORIZED, forged.getStatus());
        assertEquals(ShipmentStatus.BOOKED, shipments.forOrder("o-push-1").get(0).status());

        HttpResponse<?> ok = http.toBlocking().exchange(push("city-express", body, sign("test-webhook-secret-7f3a", body)));
        assertEquals(HttpStatus.NO_CONTENT, ok.getStatus());
        assertEquals(ShipmentStatus.DELIVERED, shipments.forOrder("o-push-1").get(0).status());

        HttpClientResponseException noSecret = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(push("fast-air", body, sign("anything", body))));
        assertEquals(HttpStatus.NOT_FOUND, noSecret.getStatus(), "no secret configured: no webhook");

        String shipmentId = shipments.forOrder("o-push-1").get(0).shipmentId();
        HttpResponse<byte[]> label = http.toBlocking().exchange(HttpRequest.GET("/api/logistics/shipments/" + shipmentId + "/label")
                .bearerAuth(token("ops", Roles.OPERATOR)), byte[].class);
        assertEquals("application/pdf", label.getContentType().orElseThrow().toString());
        assertTrue(new String(label.body(), StandardCharsets.US_ASCII).startsWith("%PDF"));
        HttpClientResponseException consumerLabel = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/logistics/shipments/" + shipmentId + "/label").bearerAuth(token("dave", Roles.CONSUMER)), byte[].class));
        assertEquals(HttpStatus.FORBIDDEN, consumerLabel.getStatus());
    }

    @Test
    void aConsumerSeesOnlyTheirOwnShipmentsAndAnOperatorAny() {
        shipments.createFor(order("o-own-1", "erin", FulfilmentMode.DIRECT_PURCHASE, "sh-jq-d1"));
        String path = "/api/logistics/orders/o-own-1/shipments";
        HttpResponse<String> own = http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token("erin", Roles.CONSUMER)), String.class);
        assertEquals(HttpStatus.OK, own.getStatus());
        assertTrue(own.body().contains("\"leg\":\"LAST_MILE\""));
        assertFalse(own.body().contains("13812345678"), "no personal data in the listing");

        HttpClientResponseException other = assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token("mallory", Roles.CONSUMER)), String.class));
        assertEquals(HttpStatus.NOT_FOUND, other.getStatus());
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token("ops", Roles.OPERATOR)), String.class).getStatus());
        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class, () ->
                http.toBlocking().exchange(HttpRequest.GET(path), String.class));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
    }

    @Test
    void operatorsSeeCarriersAndTheirHealthConsumersDoNot() {
        // A quote round makes the broken carrier fail and show it.
        http.toBlocking().exchange(options("310115", "DIRECT_PURCHASE", "sh-jq-d1", 1).bearerAuth(token("ops", Roles.OPERATOR)), String.class);
        HttpResponse<String> list = http.toBlocking().exchange(HttpRequest.GET("/api/logistics/carriers")
                .bearerAuth(token("ops", Roles.OPERATOR)), String.class);
        assertTrue(list.body().contains("\"id\":\"broken\""));
        assertTrue(list.body().contains("\"lastFailure\":\"PLUGIN_FAILURE\""), list.body());
        HttpClientResponseException consumer = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/logistics/carriers").bearerAuth(token("erin", Roles.CONSUMER)), String.class));
        assertEquals(HttpStatus.FORBIDDEN, consumer.getStatus());
    }

    @Test
    void deliveryOptionsPriceTheCheapestCompleteRouteWithItsPromise() {
        HttpResponse<String> answer = http.toBlocking().exchange(options("310115", "DIRECT_MAIL", "us-nj-1", 2)
                .bearerAuth(token("erin", Roles.CONSUMER)), String.class);
        String body = answer.body();
        assertTrue(body.contains("\"freight\":{\"amount\":\"68.00\",\"currency\":\"CNY\"}"), "slow-air 50.00 + city-express 18.00: " + body);
        assertTrue(body.contains("\"minWorkingDays\":6") && body.contains("\"maxWorkingDays\":8"), body);
        assertTrue(body.contains("slow-air/SLOW-AIR-STD"), body);
        assertTrue(body.contains("\"deliverable\":true"), body);
    }

    @Test
    void aLaneNoLoadedCarrierServesIsNotDeliverable() {
        String body = http.toBlocking().exchange(options("310115", "DIRECT_MAIL", "de-fra-1", 1)
                .bearerAuth(token("erin", Roles.CONSUMER)), String.class).body();
        assertTrue(body.contains("\"deliverable\":false") && !body.contains("\"freight\":{"),
                "no carrier flies from Germany: no price, not deliverable: " + body);
    }

    @Test
    void theProductPagePromiseIsPublic() {
        HttpResponse<String> promise = http.toBlocking().exchange(
                HttpRequest.GET("/api/logistics/promise?mode=FLASH_PURCHASE&warehouseId=sh-wgq-b1"), String.class);
        assertTrue(promise.body().contains("\"minWorkingDays\":2") && promise.body().contains("\"maxWorkingDays\":3"), promise.body());
        HttpClientResponseException mismatch = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/logistics/promise?mode=FLASH_PURCHASE&warehouseId=us-nj-1"), String.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, mismatch.getStatus());
    }

    @Test
    void badDeliveryQuestionsAnswer422NamingFieldAndRule() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(options("12", "DIRECT_MAIL", "us-nj-1", 1).bearerAuth(token("erin", Roles.CONSUMER)), String.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        String problem = e.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("\"field\":\"divisionCode\"") && problem.contains("\"rule\":\"division-code\""), problem);

        HttpClientResponseException quantity = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(options("310115", "DIRECT_MAIL", "us-nj-1", 0).bearerAuth(token("erin", Roles.CONSUMER)), String.class));
        String q = quantity.getResponse().getBody(String.class).orElse("");
        assertTrue(q.contains("\"field\":\"lines[0].quantity\"") && q.contains("\"rule\":\"positive\""), q);
    }

    @Test
    void aHundredHostileRequestsCutNoCarrierOffForTheNextCaller() throws Exception {
        String consumer = token("mallory", Roles.CONSUMER);
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < 100; i++) {
            io.micronaut.http.MutableHttpRequest<?> hostile = switch (i % 6) {
                case 5 -> optionsWith("600000.00", 500, 1).bearerAuth(consumer);                 // within bounds, beyond the plugin
                case 0 -> optionsWith("1e400", 500, 1).bearerAuth(consumer);                     // price beyond any number a plugin holds
                case 1 -> optionsWith("99.00", 100_000, 99).bearerAuth(consumer);                // 9,900 kg parcel
                case 2 -> optionsWith("99.00", 500, 1.5).bearerAuth(consumer);                    // fractional units
                case 3 -> (io.micronaut.http.MutableHttpRequest<?>) push("city-express", ("garbage-" + i).getBytes(StandardCharsets.UTF_8),
                        sign("test-webhook-secret-7f3a", ("garbage-" + i).getBytes(StandardCharsets.UTF_8)));
                default -> (io.micronaut.http.MutableHttpRequest<?>) HttpRequest.POST("/api/logistics/carriers/city-express/tracking-push",
                                "{\"events\": [".getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("X-Kuajing-Signature", sign("test-webhook-secret-7f3a", "{\"events\": [".getBytes(StandardCharsets.UTF_8)));
            };
            int status;
            try {
                status = http.toBlocking().exchange(hostile, String.class).getStatus().getCode();
            } catch (HttpClientResponseException e) {
                status = e.getStatus().getCode();
            }
            statuses.merge(status, 1, Integer::sum);
        }
        assertTrue(statuses.keySet().stream().allMatch(s -> s >= 400 && s < 500), "every hostile request is the caller's 4xx: " + statuses);
        HttpClientResponseException beyondPlugin = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(optionsWith("600000.00", 500, 1).bearerAuth(consumer), String.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, beyondPlugin.getStatus());
        String refusal = beyondPlugin.getResponse().getBody(String.class).orElse("");
        assertTrue(refusal.contains("\"rule\":\"carrier-input\""), refusal);

        String body = http.toBlocking().exchange(options("310115", "DIRECT_MAIL", "us-nj-1", 2).bearerAuth(consumer), String.class).body();
        assertTrue(body.contains("city-express/CITY-EXPRESS-STD") && body.contains("\"freight\":{\"amount\":\"68.00\",\"currency\":\"CNY\"}"),
                "the next caller is served by the same carrier: " + body);
        String carriers = http.toBlocking().exchange(HttpRequest.GET("/api/logistics/carriers").bearerAuth(token("ops", Roles.OPERATOR)),
                String.class).body();
        assertTrue(carriers.matches("(?s).*\"id\":\"city-express\".*?\"circuit\":\"CLOSED\".*"), carriers);
    }

    private io.micronaut.http.MutableHttpRequest<?> optionsWith(String unitPrice, long grams, Number quantity) {
        return HttpRequest.POST("/api/logistics/delivery-options", Map.of("divisionCode", "310115", "lines", List.of(Map.of(
                "sku", "SKU-1", "mode", "DIRECT_MAIL", "warehouseId", "us-nj-1", "quantity", quantity, "unitWeightGrams", grams,
                "unitPrice", unitPrice, "currency", "CNY", "hsCode", "2106909090", "originCountry", "US"))));
    }

    // ---------------------------------------------------------------- helpers

    static ShipmentOrder order(String orderId, String owner, FulfilmentMode mode, String warehouse) {
        return new ShipmentOrder(orderId, owner, mode, warehouse,
                new ShipmentOrder.Consignee("张三", "13812345678", mode == FulfilmentMode.DIRECT_PURCHASE ? null : "11010519491231002X",
                        "310115", "上海市", "上海市", "浦东新区", "世纪大道100号8楼", "200120"),
                List.of(new ShipmentOrder.Item("SKU-VITC-100", "Vitamin C", "2106909090", "US", 2, 250, Money.cny("199.90"))));
    }

    private io.micronaut.http.MutableHttpRequest<?> options(String division, String mode, String warehouse, int quantity) {
        return HttpRequest.POST("/api/logistics/delivery-options", Map.of("divisionCode", division, "lines", List.of(Map.of(
                "sku", "SKU-1", "mode", mode, "warehouseId", warehouse, "quantity", quantity, "unitWeightGrams", 500,
                "unitPrice", "99.00", "currency", "CNY", "hsCode", "2106909090", "originCountry", "US"))));
    }

    private static HttpRequest<byte[]> push(String carrier, byte[] body, String signature) {
        return HttpRequest.POST("/api/logistics/carriers/" + carrier + "/tracking-push", body)
                .contentType(MediaType.TEXT_PLAIN_TYPE).header("X-Kuajing-Signature", signature);
    }

    private String token(String subject, String role) {
        return tokens.generateToken(Authentication.build(subject, List.of(role)), 600).orElseThrow();
    }

    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
