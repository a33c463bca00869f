package io.kuajing.export.adapter.web;

import java.time.Instant;
import java.util.List;

import io.kuajing.export.ExportClearance;
import io.kuajing.export.ParcelArrival;
import io.kuajing.export.ParcelDeparture;
import io.kuajing.export.SummaryDeclarationView;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Operators hand a 9610 order's parcel to Chinese customs here (customs' answer comes later), then report the parcels'
 * arrival at the export supervision site and their departure.
 */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class ExportClearanceController {

    private final ExportClearance clearance;

    ExportClearanceController(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Post("/orders/{orderNo}/declaration")
    @Operation(summary = "Declare a 9610 order's parcel to customs",
            description = "Sends customs the order (CEB303), the waybill (CEB505) under the carrier's waybill number and "
                    + "the inventory list (CEB603): 202 with the order, which becomes DECLARED when customs accepts the "
                    + "list. Without a waybillNo, the number of the parcel booked with a carrier (POST .../parcel); "
                    + "another number for a booked parcel is refused (booked-waybill). The same order again declares "
                    + "nothing more. A 9810 order is refused (declared-9610-only). Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> declare(String orderNo, @Body @Nullable DeclarationBody body) {
        DeclarationBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(ExportJson.Order.of(clearance.declare(orderNo, b.waybillNo())));
    }

    @Post("/orders/{orderNo}/withdrawal")
    @Operation(summary = "Withdraw a declared 9610 parcel's inventory list",
            description = "Sends customs the withdrawal (撤销申请单, CEB605) of the list customs accepted, e.g. the buyer "
                    + "cancelled before the parcel left: 202 with the order, WITHDRAWN once customs approves (CEB606), "
                    + "still DECLARED with customs' note if it refuses. Only a DECLARED parcel not reported at the "
                    + "site (orderNo / declared-only, report-pending, withdrawal-pending); reason / text-length "
                    + "(1-1000). Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> withdraw(String orderNo, @Body @Nullable WithdrawalBody body) {
        WithdrawalBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(ExportJson.Order.of(clearance.withdraw(orderNo, b.reason())));
    }

    @Post("/orders/{orderNo}/payment-receipt")
    @Operation(summary = "Tell customs the vendor received the buyer's payment for a 9610 order",
            description = "Sends customs the vendor's receipt of payment (收款单, CEB403): the order's total in its "
                    + "currency, paid over by the marketplace under its order id, received at receivedAt (default now). "
                    + "202 with the order, paymentReceipt SENT, then ACCEPTED or REFUSED (customs' note) once customs "
                    + "answers (CEB404). Once per order: asked again, the order as it is, nothing sent. Only an order "
                    + "customs accepted (orderNo / export-order, declared-9610-only, declared-first); receivedAt / "
                    + "not-in-future, not-before-sale. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs (or handed before)")
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> paymentReceived(String orderNo, @Body @Nullable PaymentReceiptBody body) {
        return HttpResponse.accepted().body(ExportJson.Order.of(clearance.paymentReceived(orderNo,
                body == null ? null : body.receivedAt())));
    }

    /** When the vendor received the payment; absent: now. */
    @Serdeable
    record PaymentReceiptBody(@Nullable Instant receivedAt) {
    }

    /** Why the list is withdrawn (customs' 撤销原因). */
    @Serdeable
    record WithdrawalBody(@Nullable String reason) {
    }

    @Post("/arrivals")
    @Operation(summary = "Report declared 9610 parcels arrived at the export supervision site",
            description = "Sends customs the arrival report (运抵单, CEB507) of the parcels named by the waybill numbers "
                    + "they were declared under: 202 with their orders, now ARRIVED. Only DECLARED parcels arrive: an "
                    + "unknown waybill (known-waybill), one not declared (declared-only), already arrived "
                    + "(already-arrived) or shipped (already-shipped) is refused naming waybillNos[i], and nothing is "
                    + "reported. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Reported to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<List<ExportJson.Order>> arrived(@Body @Nullable ArrivalBody body) {
        ArrivalBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(clearance.arrived(new ParcelArrival(b.siteOperatorCode(),
                b.siteOperatorName(), b.siteCode(), b.vehicle(), b.waybillNos())).stream().map(ExportJson.Order::of).toList());
    }

    @Post("/departures")
    @Operation(summary = "Report arrived 9610 parcels left the country",
            description = "Sends customs the departure report (离境单, CEB509) of the parcels, by SEA or AIR under the "
                    + "bill of lading or air waybill (billNo), with the vessel or flight and when they left: 202 with "
                    + "their orders, now DEPARTED. Only ARRIVED parcels depart (arrived-only, already-departed, "
                    + "already-shipped, known-waybill naming waybillNos[i]). Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Reported to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<List<ExportJson.Order>> departed(@Body @Nullable DepartureBody body) {
        DepartureBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(clearance.departed(new ParcelDeparture(b.transport(), b.transportName(),
                b.voyageNo(), b.billNo(), b.leftAt(), b.waybillNos())).stream().map(ExportJson.Order::of).toList());
    }

    @Post("/summary-declarations")
    @Operation(summary = "Declare a refund-claiming vendor's monthly summary of its 9610 lists",
            description = "Sends customs the summary declaration (汇总申报, CEB701) of the vendor's type-B inventory lists "
                    + "customs concluded in the month (yyyy-MM, China time) and no summary named yet: 202 with the "
                    + "summary (DECLARED; ACCEPTED with customs' sumNo or REJECTED with its note once customs answers). "
                    + "Each list is summed up once: a second call for the month finds none left and is refused "
                    + "(month / nothing-to-summarise). Refused too: vendorId / vendor, claims-export-refund; month / "
                    + "year-month, not-in-future. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<SummaryDeclaration> summarise(@Body @Nullable SummaryBody body) {
        SummaryBody b = GlobalSellingController.required(body);
        return HttpResponse.accepted().body(SummaryDeclaration.of(clearance.declareSummary(b.vendorId(), b.month())));
    }

    @Get("/summary-declarations/{summaryNo}")
    @Operation(summary = "A summary declaration, as customs keeps it", description = "404 if none. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    HttpResponse<SummaryDeclaration> summary(String summaryNo) {
        return clearance.summaryDeclaration(summaryNo).map(SummaryDeclaration::of).map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    /** The vendor (its id) and the month (yyyy-MM) whose concluded lists are summed up. */
    @Serdeable
    record SummaryBody(@Nullable String vendorId, @Nullable String month) {
    }

    /** A summary declaration and the orders whose lists it sums up (docs/export.md, "Summary declarations"). */
    @Serdeable
    record SummaryDeclaration(String summaryNo, String vendorCustomsCode, String month, String status,
                              @Nullable String customsPreNo, @Nullable String customsSumNo, @Nullable String customsNote,
                              List<SummarisedList> lists) {

        static SummaryDeclaration of(SummaryDeclarationView v) {
            return new SummaryDeclaration(v.summaryNo(), v.vendorCustomsCode(), v.month(), v.status(), v.customsPreNo(),
                    v.customsSumNo(), v.customsNote(), v.lists().stream()
                    .map(l -> new SummarisedList(l.orderNo(), l.invtNo())).toList());
        }

        /** A summed-up list: the export order and customs' list number. */
        @Serdeable
        record SummarisedList(String orderNo, String invtNo) {
        }
    }

    /**
     * The site's operator (customs registration code or USCC, and name), the site's code where the office has several,
     * the vehicle that brought the parcels and their waybill numbers.
     */
    @Serdeable
    record ArrivalBody(@Nullable String siteOperatorCode, @Nullable String siteOperatorName, @Nullable String siteCode,
                       @Nullable String vehicle, @Nullable List<String> waybillNos) {
    }

    /** SEA or AIR, the vessel or flight name, the voyage or flight number, the bill, when they left, the parcels. */
    @Serdeable
    record DepartureBody(@Nullable String transport, @Nullable String transportName, @Nullable String voyageNo,
                         @Nullable String billNo, @Nullable Instant leftAt, @Nullable List<String> waybillNos) {
    }

    /** The carrier's waybill number of the parcel (运单号), which customs' waybill and inventory list name it by. */
    @Serdeable
    record DeclarationBody(@Nullable String waybillNo) {
    }
}
