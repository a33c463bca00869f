package io.kuajing.export.adapter.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.kuajing.export.ExportOrderView;
import io.kuajing.export.GlobalSelling;
import io.kuajing.export.IncomingOrder;
import io.kuajing.export.ListingView;
import io.kuajing.export.NewListing;
import io.kuajing.export.OnboardVendor;
import io.kuajing.export.SalesReport;
import io.kuajing.export.StatementView;
import io.kuajing.export.VendorView;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;

/**
 * Operators run global selling here: onboard vendors, put their listings, take the orders marketplaces send,
 * print a vendor's statement, read the report. Every refusal is 422 problem+json naming the field and the rule.
 */
@Controller("/api/export")
@Secured(Roles.OPERATOR)
class GlobalSellingController {

    private final GlobalSelling selling;

    GlobalSellingController(GlobalSelling selling) {
        this.selling = selling;
    }

    @Post("/vendors")
    HttpResponse<VendorView> onboard(@Body OnboardVendor body, Principal operator) {
        return HttpResponse.created(selling.onboard(required(body), operator.getName()));
    }

    @Get("/vendors")
    List<VendorView> vendors() {
        return selling.vendors();
    }

    @Get("/vendors/{vendorId}")
    HttpResponse<VendorView> vendor(String vendorId) {
        return selling.vendor(vendorId).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Put("/vendors/{vendorId}/listings")
    ListingView list(String vendorId, @Body NewListing body) {
        return selling.list(vendorId, required(body));
    }

    @Get("/vendors/{vendorId}/listings")
    List<ListingView> listings(String vendorId) {
        return selling.listings(vendorId);
    }

    @Post("/vendors/{vendorId}/orders")
    ExportOrderView receive(String vendorId, @Body IncomingOrder body) {
        return selling.receive(vendorId, required(body));
    }

    @Get("/orders/{orderNo}")
    HttpResponse<ExportOrderView> order(String orderNo) {
        return selling.order(orderNo).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get("/vendors/{vendorId}/statement")
    StatementView statement(String vendorId, @QueryValue String from, @QueryValue String to) {
        return selling.statement(vendorId, date(from, "from"), date(to, "to"));
    }

    @Get("/report")
    SalesReport report() {
        return selling.report();
    }

    private static <T> T required(T body) {
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
