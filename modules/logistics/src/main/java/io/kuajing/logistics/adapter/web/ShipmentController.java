package io.kuajing.logistics.adapter.web;

import java.time.Instant;
import java.util.List;

import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shipments and tracking of an order: a consumer sees only their own orders, an operator any. */
@Tag(name = "logistics")
@ProblemResponses
@Controller("/api/logistics/orders/{orderId}/shipments")
class ShipmentController {

    private final Shipments shipments;

    ShipmentController(Shipments shipments) {
        this.shipments = shipments;
    }

    @Serdeable
    record Tracking(Instant occurredAt, String status, String reason, String location, String description) {
    }

    @Serdeable
    record ShipmentResponse(String shipmentId, int legNumber, String leg, String carrierId, String serviceCode,
                            String waybillNumber, String status, List<Tracking> tracking) {
        static ShipmentResponse of(ShipmentView v) {
            return new ShipmentResponse(v.shipmentId(), v.legNumber(), v.leg(), v.carrierId(), v.serviceCode(),
                    v.waybillNumber(), v.status().name(), v.tracking().stream()
                    .map(t -> new Tracking(t.occurredAt(), t.status(), t.reason(), t.location(), t.description())).toList());
        }
    }

    @Get
    @Operation(summary = "An order's shipments",
            description = "The legs of an order's trip with carriers, waybills and scans; a consumer sees only their own orders. Roles: CONSUMER, OPERATOR.")
    @ProblemResponses.NotFound
    @Secured({Roles.CONSUMER, Roles.OPERATOR})
    HttpResponse<List<ShipmentResponse>> list(@PathVariable String orderId, Authentication who) {
        boolean operator = who.getRoles().contains(Roles.OPERATOR);
        // Someone else's order answers 404 like a missing one: a consumer learns nothing about orders not theirs.
        if (!operator && !shipments.ownerOf(orderId).map(owner -> owner.equals(who.getName())).orElse(false)) {
            return HttpResponse.notFound();
        }
        List<ShipmentView> views = shipments.forOrder(orderId);
        if (views.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(views.stream().map(ShipmentResponse::of).toList());
    }
}
