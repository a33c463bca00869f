package io.kuajing.logistics.adapter.web;

import io.kuajing.logistics.application.ShipmentDesk;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.kuajing.plugin.carrier.LabelFormat;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The carrier's label of a booked shipment, as the warehouse prints it (it shows the consignee: operators only). */
@Tag(name = "logistics")
@ProblemResponses
@Controller("/api/logistics/shipments/{shipmentId}/label")
@Secured(Roles.OPERATOR)
class LabelController {

    private final ShipmentDesk shipments;

    LabelController(ShipmentDesk shipments) {
        this.shipments = shipments;
    }

    @Get
    @Operation(summary = "A shipment's label",
            description = "The carrier's label (PDF, PNG or ZPL) for a booked shipment.")
    @ProblemResponses.NotFound
    HttpResponse<byte[]> label(@PathVariable String shipmentId) {
        return shipments.label(shipmentId)
                .map(l -> HttpResponse.ok(l.content()).contentType(MediaType.of(LabelFormat.valueOf(l.format()).mediaType())))
                .orElseGet(HttpResponse::notFound);
    }
}
