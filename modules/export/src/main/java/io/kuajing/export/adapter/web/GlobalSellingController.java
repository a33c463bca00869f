package io.kuajing.export.adapter.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.kuajing.export.GlobalSelling;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Operators run global selling here: onboard vendors, put their listings, take the orders marketplaces send,
 * print a vendor's statement, read the report. Every refusal is 422 problem+json naming the field and the rule.
 */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class GlobalSellingController {

    private final GlobalSelling selling;

    GlobalSellingController(GlobalSelling selling) {
        this.selling = selling;
    }

    @Post("/vendors")
    @Operation(summary = "Onboard a vendor",
            description = "Onboards a vendor whose USCC, customs registration code and settlement account pass their "
                    + "checks; 201 with the vendor (account number masked), 409 when the USCC is already onboarded. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Onboarded")
    @ProblemResponses.Conflict
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Vendor> onboard(@Body @Nullable ExportJson.OnboardVendorBody body, Principal operator) {
        return HttpResponse.created(ExportJson.Vendor.of(selling.onboard(required(body).command(), operator.getName())));
    }

    @Get("/vendors")
    @Operation(summary = "Vendors", description = "The onboarded vendors, account numbers masked, paged. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<ExportJson.Vendor> vendors(@QueryValue(defaultValue = "0") int page,
                                    @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        Page.check(page, size);
        return Page.of(selling.vendors().stream().map(ExportJson.Vendor::of).toList(), page, size);
    }

    @Get("/vendors/{vendorId}")
    @Operation(summary = "One vendor", description = "A vendor, account number masked. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Vendor> vendor(String vendorId) {
        return selling.vendor(vendorId).map(ExportJson.Vendor::of).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Put("/vendors/{vendorId}/listings")
    @Operation(summary = "Put a listing",
            description = "Adds or replaces one of the vendor's listings (SKU, Chinese title, HS code, declared value "
                    + "per unit in CNY, weight, export licence flag). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    ExportJson.Listing list(String vendorId, @Body @Nullable ExportJson.ListingBody body) {
        return ExportJson.Listing.of(selling.list(vendorId, required(body).command()));
    }

    @Get("/vendors/{vendorId}/listings")
    @Operation(summary = "A vendor's listings", description = "The vendor's listings, paged. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<ExportJson.Listing> listings(String vendorId, @QueryValue(defaultValue = "0") int page,
                                      @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        Page.check(page, size);
        return Page.of(selling.listings(vendorId).stream().map(ExportJson.Listing::of).toList(), page, size);
    }

    @Post("/vendors/{vendorId}/orders")
    @Operation(summary = "Take a marketplace order",
            description = "Takes an order a marketplace sent for the vendor's listings: 201 with the order; the same "
                    + "marketplace order again is 200 with the first one, nothing added. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Taken")
    @ApiResponse(responseCode = "200", description = "Taken before: the first order")
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> receive(String vendorId, @Body @Nullable ExportJson.OrderBody body) {
        GlobalSelling.Received received = selling.receive(vendorId, required(body).command());
        ExportJson.Order order = ExportJson.Order.of(received.order());
        return received.created() ? HttpResponse.created(order) : HttpResponse.ok(order);
    }

    @Get("/vendors/{vendorId}/orders")
    @Operation(summary = "A vendor's orders",
            description = "The vendor's orders, the last sold first, paged (total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<ExportJson.Order> orders(String vendorId, @QueryValue(defaultValue = "0") int page,
                                  @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.uncounted(selling.orders(vendorId, Page.through(page, size)).stream().map(ExportJson.Order::of)
                .toList(), page, size);
    }

    @Get("/orders/{orderNo}")
    @Operation(summary = "One export order", description = "An export order with its lines, amounts in the sale currency. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    @Secured(Roles.OPERATOR)
    HttpResponse<ExportJson.Order> order(String orderNo) {
        return selling.order(orderNo).map(ExportJson.Order::of).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/vendors/{vendorId}/statement")
    @Operation(summary = "A vendor's statement",
            description = "The orders sold from..to (China dates, at most a year), each at its dated settlement rate "
                    + "in CNY, with the VAT export refund rate per line. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    ExportJson.Statement statement(String vendorId, @QueryValue @Nullable String from, @QueryValue @Nullable String to) {
        return ExportJson.Statement.of(selling.statement(vendorId, date(from, "from"), date(to, "to")));
    }

    @Get("/report")
    @Operation(summary = "Sales report",
            description = "Sales abroad per marketplace and year beside import sales per mode and year, with growth. Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    ExportJson.Report report() {
        return ExportJson.Report.of(selling.report());
    }

    /** The body, or a 422 naming it when the request had none. */
    static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("body", "required", "a JSON body is required");
        }
        return body;
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RuleViolation(field, "iso-date", field + " is a date yyyy-MM-dd");
        }
    }
}
