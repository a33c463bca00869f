package io.kuajing.export.adapter.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;

import io.kuajing.export.ParcelShipping;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators (or the hub) ship a 9610 order's parcel with a carrier here, and print its label. */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class ParcelShippingController {

    private final ParcelShipping shipping;

    ParcelShippingController(ParcelShipping shipping) {
        this.shipping = shipping;
    }

    @Post("/orders/{orderNo}/parcel")
    @Operation(summary = "Book a RECEIVED 9610 order's parcel with a carrier",
            description = "The carrier (its plugin id, e.g. postal-ems; optionally a service) books the parcel from the "
                    + "export hub to the buyer's address the marketplace gave, printed in the destination post's "
                    + "format: 201 with the waybill (tracking) number, the order then declared to customs under it "
                    + "(as POST /declaration). The same carrier again is 200 with the first parcel; another carrier "
                    + "409. An address that does not fit its country's format is 422 naming the field (shipTo.postalCode "
                    + "us-zip / jp-postal-code, shipTo.province us-state / jp-prefecture, shipTo.city required) and "
                    + "nothing is booked. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Booked and declared")
    @ApiResponse(responseCode = "200", description = "Booked before: the first parcel")
    @ProblemResponses.Conflict
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    HttpResponse<Parcel> book(String orderNo, @Body @Nullable ParcelBody body, Principal operator) {
        ParcelBody b = GlobalSellingController.required(body);
        ParcelShipping.BookedParcel parcel = shipping.book(orderNo, new ParcelShipping.BookParcel(b.carrier(), b.service()),
                operator.getName());
        return HttpResponse.status(parcel.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Parcel.of(parcel));
    }

    @Get("/orders/{orderNo}/parcel")
    @Operation(summary = "The parcel booked for an order", description = "404 when none was booked. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    HttpResponse<Parcel> parcel(String orderNo) {
        return shipping.parcel(orderNo).map(Parcel::of).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(value = "/orders/{orderNo}/label", produces = {"application/pdf", "image/png", "application/x-zpl"})
    @Operation(summary = "The label of an order's parcel, in the carrier's format",
            description = "The file the carrier issued (Content-Type application/pdf, image/png or application/x-zpl), "
                    + "to print at the hub. 404 when no parcel was booked. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    HttpResponse<byte[]> label(String orderNo) {
        return shipping.label(orderNo).map(label -> HttpResponse.ok(label.content())
                .contentType(MediaType.of(label.mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + orderNo + "-label."
                        + label.format().toLowerCase(Locale.ROOT) + "\"")).orElseGet(HttpResponse::notFound);
    }

    /** The carrier's plugin id and, optionally, its service code. */
    @Serdeable
    record ParcelBody(@Nullable String carrier, @Nullable String service) {
    }

    /** A booked parcel and the order after its declaration. */
    @Serdeable
    record Parcel(String orderNo, String carrier, String service, String waybillNo, String trackingNumber,
                  String labelFormat, String label, Instant bookedAt, String bookedBy, ExportJson.Order order) {

        static Parcel of(ParcelShipping.BookedParcel p) {
            // The waybill number is the carrier's tracking number: the marketplace is told it (shipment-confirmations).
            return new Parcel(p.orderNo(), p.carrier(), p.service(), p.waybillNo(), p.waybillNo(), p.labelFormat(),
                    "/api/export/orders/" + p.orderNo() + "/label", p.bookedAt(), p.bookedBy(), ExportJson.Order.of(p.order()));
        }
    }
}
