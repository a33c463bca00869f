package io.kuajing.export.adapter.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.export.MarketplaceSelling;
import io.kuajing.export.PushView;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Operators sell on the marketplaces here: publish a vendor's listing with price and stock, change price or stock,
 * pull a marketplace's orders into export orders, confirm a shipment with its tracking number. A marketplace's
 * refusal is 422 naming its rule; a marketplace that does not answer is 503; nothing changes in either case.
 */
@Tag(name = "export")
@ProblemResponses
@Controller("/api/export")
class MarketplaceSellingController {

    private final MarketplaceSelling selling;

    MarketplaceSellingController(MarketplaceSelling selling) {
        this.selling = selling;
    }

    @Put("/vendors/{vendorId}/listings/{sku}/marketplaces/{marketplace}")
    @Operation(summary = "Publish a listing on a marketplace",
            description = "Creates or replaces the listing on the marketplace (its plugin id, e.g. us-spapi) with the "
                    + "vendor's Chinese title, the weight, the price in the marketplace's currency (price, or priceCny "
                    + "converted at the day's settlement rate, rounded to the currency's scale) and the stock; "
                    + "recorded when the marketplace accepts it. Roles: OPERATOR.")
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    Push publish(String vendorId, String sku, String marketplace, @Body @Nullable PriceStockBody body, Principal operator) {
        return Push.of(selling.publish(vendorId, sku, marketplace, GlobalSellingController.required(body).command(), operator.getName()));
    }

    @Patch("/vendors/{vendorId}/listings/{sku}/marketplaces/{marketplace}")
    @Operation(summary = "Change price or stock on a marketplace",
            description = "Pushes a new price (with its currency; or priceCny converted into it at the day's settlement "
                    + "rate), a new stock level or both for a published listing. "
                    + "Roles: OPERATOR.")
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    Push pushPriceStock(String vendorId, String sku, String marketplace, @Body @Nullable PriceStockBody body,
                        Principal operator) {
        return Push.of(selling.pushPriceStock(vendorId, sku, marketplace, GlobalSellingController.required(body).command(), operator.getName()));
    }

    @Post("/marketplaces/{marketplace}/order-pulls")
    @Operation(summary = "Pull a marketplace's orders",
            description = "Reads the orders the marketplace changed from since to until (default now, at most 31 days) "
                    + "and takes each sold one as an export order of the vendor listing its SKUs: taken (new), known "
                    + "(taken before: one export order per marketplace order) or skipped with the rule. Roles: OPERATOR.")
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    Pull pull(String marketplace, @Body @Nullable PullBody body) {
        PullBody b = GlobalSellingController.required(body);
        return Pull.of(selling.pullOrders(marketplace, b.since(), b.until()));
    }

    @Post("/orders/{orderNo}/shipment-confirmations")
    @Operation(summary = "Confirm an order's shipment to its marketplace",
            description = "Tells the marketplace the 9610 parcel left with this carrier (plugin id) and tracking "
                    + "number, and marks the order SHIPPED: 201; the same confirmation again is 200 with the first, "
                    + "another tracking number for the order 409. Without carrier and tracking number, the parcel booked "
                    + "with a carrier (POST .../parcel) is confirmed with its waybill number. Roles: OPERATOR.")
    @ApiResponse(responseCode = "201", description = "Confirmed")
    @ApiResponse(responseCode = "200", description = "Confirmed before: the first confirmation")
    @ProblemResponses.Conflict
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    HttpResponse<Push> confirm(String orderNo, @Body @Nullable ShipmentBody body, Principal operator) {
        ShipmentBody b = GlobalSellingController.required(body);
        MarketplaceSelling.Confirmed confirmed = selling.confirmShipment(orderNo,
                new MarketplaceSelling.ShipmentNotice(b.carrier(), b.trackingNumber(), b.shippedAt()), operator.getName());
        Push push = Push.of(confirmed.push());
        return confirmed.created() ? HttpResponse.created(push) : HttpResponse.ok(push);
    }

    @Get("/vendors/{vendorId}/marketplace-pushes")
    @Operation(summary = "What marketplaces were told for a vendor",
            description = "Listings published, prices and stock pushed, shipments confirmed, the latest first, paged "
                    + "(total not counted). Roles: OPERATOR.")
    @Secured(Roles.OPERATOR)
    Page<Push> pushes(String vendorId, @QueryValue(defaultValue = "0") int page,
                      @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        return Page.uncounted(selling.pushes(vendorId, Page.through(page, size)).stream().map(Push::of).toList(), page, size);
    }

    /**
     * A price (decimal, in {@code currency}, the marketplace's) or a {@code priceCny} (decimal CNY, converted into
     * {@code currency} at the day's settlement rate), and a stock level.
     */
    @Serdeable
    record PriceStockBody(@Nullable BigDecimal price, @Nullable BigDecimal priceCny, @Nullable String currency,
                          @Nullable Integer stock) {

        MarketplaceSelling.Publication command() {
            return new MarketplaceSelling.Publication(price, priceCny, currency, stock);
        }
    }

    @Serdeable
    record PullBody(@Nullable Instant since, @Nullable Instant until) {
    }

    @Serdeable
    record ShipmentBody(@Nullable String carrier, @Nullable String trackingNumber, @Nullable Instant shippedAt) {
    }

    /**
     * A push as recorded; {@code price} is a money object, null where the kind has none. A price given in CNY also
     * has {@code priceCny} (money) and the settlement rate it was converted at: {@code fxRate} (CNY per unit, a
     * plain number) in force from {@code fxRateFrom}.
     */
    @Serdeable
    record Push(long id, String marketplace, String kind, String vendorId, @Nullable String sku, @Nullable String orderNo,
                @Nullable MoneyJson price, @Nullable Integer stock, @Nullable String carrier,
                @Nullable String trackingNumber, Instant pushedAt, String pushedBy, @Nullable MoneyJson priceCny,
                @Nullable BigDecimal fxRate, @Nullable LocalDate fxRateFrom) {

        static Push of(PushView p) {
            return new Push(p.id(), p.marketplace(), p.kind(), p.vendorId(), p.sku(), p.orderNo(),
                    p.price() == null ? null : MoneyJson.of(p.price()), p.stock(), p.carrier(), p.trackingNumber(),
                    p.pushedAt(), p.pushedBy(), p.priceCny() == null ? null : MoneyJson.of(p.priceCny()), p.fxRate(),
                    p.fxRateFrom());
        }
    }

    @Serdeable
    record Pull(String marketplace, Instant since, Instant until, List<ExportJson.Order> taken,
                List<ExportJson.Order> known, List<Skipped> skipped) {

        static Pull of(MarketplaceSelling.OrderPull p) {
            return new Pull(p.marketplace(), p.since(), p.until(), p.taken().stream().map(ExportJson.Order::of).toList(),
                    p.known().stream().map(ExportJson.Order::of).toList(),
                    p.skipped().stream().map(s -> new Skipped(s.marketplaceOrderId(), s.rule(), s.reason())).toList());
        }

        @Serdeable
        record Skipped(@Nullable String marketplaceOrderId, String rule, String reason) {
        }
    }
}
