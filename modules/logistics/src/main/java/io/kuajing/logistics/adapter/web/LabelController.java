package io.kuajing.logistics.adapter.web;

import io.kuajing.logistics.application.ShipmentDesk;
import io.kuajing.platform.Roles;
import io.kuajing.plugin.carrier.LabelFormat;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;

/** The carrier's label of a booked shipment, as the warehouse prints it (it shows the consignee: operators only). */
@Controller("/api/logistics/shipments/{shipmentId}/label")
@Secured(Roles.OPERATOR)
class LabelController {

    private final ShipmentDesk shipments;

    LabelController(ShipmentDesk shipments) {
        this.shipments = shipments;
    }

    @Get
    HttpResponse<byte[]> label(@PathVariable String shipmentId) {
        return shipments.label(shipmentId)
                .map(l -> HttpResponse.ok(l.content()).contentType(MediaType.of(LabelFormat.valueOf(l.format()).mediaType())))
                .orElseGet(HttpResponse::notFound);
    }
}
