package io.kuajing.export.adapter.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kuajing.export.ConsignmentView;
import io.kuajing.export.NewConsignment;
import io.kuajing.export.OverseasShipping;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 9810 here: operators record a vendor's consignments to overseas warehouses, declare them to customs, and read the
 * vendor's stock abroad. Refusals are 422 problem+json naming the field and the rule.
 */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class OverseasShippingController {

    /** A vendor's consignments are listed from at most this many, the latest first. */
    static final int LISTED = 500;

    private final OverseasShipping shipping;

    OverseasShippingController(OverseasShipping shipping) {
        this.shipping = shipping;
    }

    @Post("/vendors/{vendorId}/consignments")
    @Operation(summary = "Record a 9810 consignment",
            description = "Records a bulk shipment (头程) of the vendor's listings to an overseas fulfilment warehouse: the "
                    + "warehouse (country, code), SEA or AIR with the carrier's bill of lading or air waybill number, the "
                    + "packages, units per listing. Refused when customs' CBEC export system cannot take it by list: goods "
                    + "needing a licence (licence-not-by-list) or a declared value above the dated limit (list-value-limit). "
                    + "201 with the consignment, RECORDED. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @Secured(Roles.OPERATOR)
    HttpResponse<Consignment> record(String vendorId, @Body @Nullable ConsignmentBody body, Principal operator) {
        return HttpResponse.created(Consignment.of(shipping.record(vendorId,
                GlobalSellingController.required(body).command(), operator.getName())));
    }

    @Get("/vendors/{vendorId}/consignments")
    @Operation(summary = "A vendor's consignments", description = "The latest first, paged. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<Consignment> consignments(String vendorId, @QueryValue(defaultValue = "0") int page,
                                   @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        Page.check(page, size);
        return Page.of(shipping.consignments(vendorId, LISTED).stream().map(Consignment::of).toList(), page, size);
    }

    @Get("/consignments/{consignmentNo}")
    @Operation(summary = "One consignment", description = "With its status and customs' note. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    @Secured(Roles.OPERATOR)
    HttpResponse<Consignment> consignment(String consignmentNo) {
        return shipping.consignment(consignmentNo).map(Consignment::of).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Post("/consignments/{consignmentNo}/declaration")
    @Operation(summary = "Declare a 9810 consignment to customs",
            description = "Sends customs the warehouse booking (CEB303, orderType B), the waybill (CEB505) and the "
                    + "inventory list (CEB603, tradeMode 9810): 202 with the consignment, which becomes DECLARED when "
                    + "customs concludes the list, or REFUSED with customs' note. Again declares nothing more. Roles: OPERATOR.")
    @ApiResponse(responseCode = "202", description = "Handed to customs")
    @Secured(Roles.OPERATOR)
    HttpResponse<Consignment> declare(String consignmentNo) {
        return HttpResponse.accepted().body(Consignment.of(shipping.declare(consignmentNo)));
    }

    @Get("/vendors/{vendorId}/overseas-stock")
    @Operation(summary = "A vendor's stock abroad",
            description = "Per listing and country: units declared consignments took there (per warehouse), units sold "
                    + "by 9810 orders to buyers there, and on hand (negative: sold without a declared consignment). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    OverseasStock overseasStock(String vendorId) {
        return new OverseasStock(vendorId, shipping.overseasStock(vendorId).stream().map(x -> new Stock(x.sku(),
                x.country(), x.shippedByWarehouse(), x.shipped(), x.sold(), x.onHand())).toList());
    }

    @Serdeable
    record ConsignmentBody(@Nullable Warehouse warehouse, @Nullable String transport, @Nullable String carrier,
                           @Nullable String waybillNo, @Nullable Integer packages, @Nullable List<Line> lines) {

        NewConsignment command() {
            return new NewConsignment(warehouse == null ? null : warehouse.country(),
                    warehouse == null ? null : warehouse.code(), transport, carrier, waybillNo, packages,
                    lines == null ? null : lines.stream().map(l -> l == null ? null
                            : new NewConsignment.Line(l.sku(), l.quantity())).toList());
        }

        @Serdeable
        record Line(@Nullable String sku, @Nullable Integer quantity) {
        }
    }

    @Serdeable
    record Consignment(String consignmentNo, String vendorId, Warehouse warehouse, String transport,
                       String carrier, String waybillNo, int packages, MoneyJson declaredValue, String status,
                       @Nullable String customsNote, Instant recordedAt, List<Line> lines) {

        static Consignment of(ConsignmentView c) {
            return new Consignment(c.consignmentNo(), c.vendorId(),
                    new Warehouse(c.warehouseCountry(), c.warehouseCode()), c.transport(), c.carrier(),
                    c.waybillNo(), c.packages(), MoneyJson.of(c.declaredValue()), c.status(), c.customsNote(),
                    c.recordedAt(), c.lines().stream().map(l -> new Line(l.lineNo(), l.sku(), l.quantity(),
                            MoneyJson.of(l.declaredValue()))).toList());
        }

        @Serdeable
        record Line(int lineNo, String sku, int quantity, MoneyJson declaredValue) {
        }
    }

    @Serdeable
    record OverseasStock(String vendorId, List<Stock> items) {
    }

    /** A listing's stock in one country: {@code shippedByWarehouse} by warehouse code. */
    @Serdeable
    record Stock(String sku, String country, Map<String, Integer> shippedByWarehouse, int shipped, int sold, int onHand) {
    }

    /** A warehouse abroad: ISO country and the warehouse's own code. */
    @Serdeable
    record Warehouse(@Nullable String country, @Nullable String code) {
    }
}
