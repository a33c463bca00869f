package io.kuajing.logistics.adapter.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Quantity;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.BasketLine;
import io.kuajing.logistics.DeliveryLimits;
import io.kuajing.logistics.DeliveryOption;
import io.kuajing.logistics.DeliveryPromise;
import io.kuajing.logistics.DeliveryPromises;
import io.kuajing.logistics.DeliveryQuestion;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Delivery promises (product page, public) and delivery options for an address and basket (checkout). */
@Tag(name = "logistics")
@ProblemResponses
@Controller("/api/logistics")
class DeliveryController {

    private final DeliveryPromises promises;
    private final Clock clock;

    DeliveryController(DeliveryPromises promises, Clock clock) {
        this.promises = promises;
        this.clock = clock;
    }

    /** A line of the basket; money as a decimal string so no client sends a float. */
    @Serdeable
    record Line(String sku, String mode, String warehouseId, BigDecimal quantity, BigDecimal unitWeightGrams, String unitPrice,
                String currency, String hsCode, String originCountry) {
    }

    @Serdeable
    record OptionsRequest(String divisionCode, List<Line> lines) {
    }

    @Serdeable
    record Promise(String mode, String warehouseId, LocalDate dispatchDate, LocalDate earliest, LocalDate latest,
                   int minWorkingDays, int maxWorkingDays) {
        static Promise of(DeliveryPromise p) {
            return new Promise(p.mode().name(), p.warehouseId(), p.dispatchDate(), p.earliest(), p.latest(),
                    p.minWorkingDays(), p.maxWorkingDays());
        }
    }

    @Serdeable
    record Option(String mode, String warehouseId, Promise promise, @Nullable MoneyJson freight, List<String> carriers,
                  boolean deliverable) {
        static Option of(DeliveryOption o) {
            return new Option(o.mode().name(), o.warehouseId(), Promise.of(o.promise()), MoneyJson.of(o.freight()),
                    o.carriers(), o.deliverable());
        }
    }

    @Get("/promise")
    @Operation(summary = "Delivery promise",
            description = "Public: the delivery window for a mode from a warehouse, for anonymous product pages. Roles: \"isAnonymous(.")
    @Secured("isAnonymous()")
    Promise promise(@QueryValue String mode, @QueryValue String warehouseId) {
        return Promise.of(promises.promise(mode(mode, "mode"), warehouseId, clock.instant()));
    }

    @Post("/delivery-options")
    @Operation(summary = "Delivery options for a basket",
            description = "Per mode and warehouse: the promise, the freight (money object) and the carriers that would take it. Roles: CONSUMER, OPERATOR.")
    @Secured({Roles.CONSUMER, Roles.OPERATOR})
    List<Option> options(@Body OptionsRequest request) {
        if (request.lines() == null) {
            throw new RuleViolation("lines", "required", "lines are required");
        }
        Quantity.lineCount(request.lines().size(), "lines");
        List<BasketLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            Line l = request.lines().get(i);
            String f = "lines[" + i + "]";
            if (l == null) {
                throw new RuleViolation(f, "required", "a line is an object, not null");
            }
            // Whole numbers within bounds before anything else sees them: 0 is left to the service's "positive" rule.
            int quantity = Quantity.whole(l.quantity(), f + ".quantity", 0, Quantity.MAX_UNITS_PER_LINE, "quantity-range");
            long grams = Quantity.whole(l.unitWeightGrams(), f + ".unitWeightGrams", 0, DeliveryLimits.MAX_UNIT_WEIGHT_GRAMS,
                    "weight-range");
            lines.add(new BasketLine(l.sku(), mode(l.mode(), f + ".mode"), l.warehouseId(), quantity, grams,
                    money(l.unitPrice(), l.currency(), f + ".unitPrice"), l.hsCode(), l.originCountry()));
        }
        return promises.options(new DeliveryQuestion(request.divisionCode() == null ? "" : request.divisionCode(), lines),
                clock.instant()).stream().map(Option::of).toList();
    }

    private static FulfilmentMode mode(String value, String field) {
        try {
            return FulfilmentMode.valueOf(value);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "fulfilment-mode", "one of DIRECT_PURCHASE, DIRECT_MAIL, FLASH_PURCHASE");
        }
    }

    private static Money money(String amount, String currency, String field) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "money", "a decimal amount and an ISO 4217 currency are required");
        }
        // Bounded before it is ever written out: 1e400 (or 1e999999999) is refused, not expanded to its digits.
        DeliveryLimits.unitPrice(value, field);
        try {
            return Money.of(value.toPlainString(), currency == null ? "CNY" : currency);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "money", "a decimal amount and an ISO 4217 currency are required");
        }
    }
}
