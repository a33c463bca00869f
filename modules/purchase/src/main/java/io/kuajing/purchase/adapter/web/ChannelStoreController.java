package io.kuajing.purchase.adapter.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.MoneyJson;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.kuajing.purchase.ChannelStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Operators' store on Chinese sales channels (ADR 0033): list imported products there in Chinese at their landed
 * price, and pull the channel's paid trades in as import orders.
 */
@Tag(name = "purchase")
@ProblemResponses
@Controller("/api/purchase/channels/{channel}")
class ChannelStoreController {

    private final ChannelStore store;

    ChannelStoreController(ChannelStore store) {
        this.store = store;
    }

    @Put("/listings/{sku}")
    @Operation(summary = "List a product on a sales channel",
            description = "Creates or replaces the channel's listing of the product: its reviewed Chinese title, the "
                    + "landed price of one unit (CNY) in mode (DIRECT_PURCHASE, DIRECT_MAIL or FLASH_PURCHASE; the "
                    + "cheapest when absent), the stock. The channel's trades for it are placed in that mode. "
                    + "Roles: OPERATOR.")
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    Listed list(String channel, String sku, @Body @Nullable ListingBody body, Principal operator) {
        ListingBody b = required(body);
        return Listed.of(store.list(channel, sku, b.mode(), b.stock(), operator.getName()));
    }

    @Post("/order-pulls")
    @Operation(summary = "Pull a sales channel's trades",
            description = "Reads the trades the channel changed from since to until (default now, at most 31 days) and "
                    + "takes each paid one as an import order in the mode its items are listed in, paid with the "
                    + "channel's payment: taken (new), known (taken before: one order per trade) or skipped with the "
                    + "field and rule. Roles: OPERATOR.")
    @ProblemResponses.PartnerUnavailable
    @Secured(Roles.OPERATOR)
    Pull pull(String channel, @Body @Nullable PullBody body) {
        PullBody b = required(body);
        return Pull.of(store.pull(channel, b.since(), b.until()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("body", "required", "a JSON body is required");
        }
        return body;
    }

    @Serdeable
    record ListingBody(@Nullable String mode, @Nullable Integer stock) {
    }

    @Serdeable
    record PullBody(@Nullable Instant since, @Nullable Instant until) {
    }

    /** taken: new orders; known: trades taken before; skipped: refused trades with their field, rule and reason. */
    @Serdeable
    record Pull(String channel, Instant since, Instant until, List<Taken> taken, List<Taken> known, List<Skipped> skipped) {

        static Pull of(ChannelStore.ChannelPull p) {
            return new Pull(p.channel(), p.since(), p.until(),
                    p.taken().stream().map(t -> new Taken(t.channelOrderId(), t.orderNo())).toList(),
                    p.known().stream().map(t -> new Taken(t.channelOrderId(), t.orderNo())).toList(),
                    p.skipped().stream().map(s -> new Skipped(s.channelOrderId(), s.field(), s.rule(), s.reason())).toList());
        }

        @Serdeable
        record Taken(String channelOrderId, String orderNo) {
        }

        @Serdeable
        record Skipped(@Nullable String channelOrderId, String field, String rule, String reason) {
        }
    }

    /** A listing as the channel took it; {@code price} is the landed price of one unit as a money object. */
    @Serdeable
    record Listed(String channel, String sku, String mode, String title, MoneyJson price, int stock,
                  @Nullable String externalRef, List<String> warnings, Instant listedAt) {

        static Listed of(ChannelStore.ChannelListingView v) {
            return new Listed(v.channel(), v.sku(), v.mode(), v.title(),
                    MoneyJson.of(Money.of(v.price().toPlainString(), v.currency())), v.stock(), v.externalRef(),
                    v.warnings(), v.listedAt());
        }
    }
}
