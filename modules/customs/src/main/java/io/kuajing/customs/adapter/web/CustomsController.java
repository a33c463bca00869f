package io.kuajing.customs.adapter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.TaxQuoteRequest;
import io.kuajing.customs.TaxQuotes;
import io.kuajing.customs.application.CustomsSettings;
import io.kuajing.customs.application.KeptBack;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The customs console for operators: a declaration's status and receipts, a buyer's remaining allowance (masked),
 * and tax quotes. Bad input answers with a RuleViolation naming the field, or a validation error.
 */
@Tag(name = "customs")
@ProblemResponses
@Controller("/api/customs")
@Secured(Roles.OPERATOR)
class CustomsController {

    private final Declarations declarations;
    private final Quotas quotas;
    private final TaxQuotes taxQuotes;
    private final KeptBack keptBack;
    private final Clock clock;

    CustomsController(Declarations declarations, Quotas quotas, TaxQuotes taxQuotes, KeptBack keptBack, Clock clock) {
        this.declarations = declarations;
        this.keptBack = keptBack;
        this.quotas = quotas;
        this.taxQuotes = taxQuotes;
        this.clock = clock;
    }

    @Get("/declarations/{orderNo}")
    @Operation(summary = "An order's customs declaration",
            description = "Status, pending request, reason, release date, amounts (money objects) and the masked buyer ID. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<CustomsJson.Declaration> declaration(@PathVariable String orderNo) {
        return declarations.status(orderNo).map(CustomsJson.Declaration::of)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/declarations/{orderNo}/receipts")
    @Operation(summary = "An order's customs receipts",
            description = "Receipts oldest first, each with its code's meaning. Roles: OPERATOR.")
    List<CustomsJson.Receipt> receipts(@PathVariable String orderNo) {
        return declarations.receipts(orderNo).stream().map(CustomsJson.Receipt::of).toList();
    }

    /** Declarations and messages kept back because they failed customs' schema: never sent, with the reason. */
    @Get("/parked")
    @Operation(summary = "Declarations kept back",
            description = "Declarations and messages kept back because they failed customs' schema, with the reason; paged and counted. Roles: OPERATOR.")
    Page<CustomsJson.Parked> parked(@QueryValue(defaultValue = "0") int page,
                                    @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        Page.check(page, size);
        return Page.of(keptBack.parked().stream().map(CustomsJson.Parked::of).toList(), page, size);
    }

    /** Receipts that matched no declaration sent from here, or could not be read, with the reason. */
    @Get("/receipts/set-aside")
    @Operation(summary = "Receipts set aside",
            description = "Receipts that matched no declaration or could not be read, with the reason (never their content); paged and counted. Roles: OPERATOR.")
    Page<CustomsJson.ReceiptAside> receiptsSetAside(@QueryValue(defaultValue = "0") int page,
                                                    @QueryValue(defaultValue = Page.DEFAULT_SIZE) int size) {
        Page.check(page, size);
        return Page.of(keptBack.receiptsSetAside().stream().map(CustomsJson.ReceiptAside::of).toList(), page, size);
    }

    @Post("/quotas/lookup")
    @Operation(summary = "A buyer's annual CBEC quota",
            description = "Limit, used and remaining (money objects) for an ID number given in the body, never in a URL. Roles: OPERATOR.")
    CustomsJson.Quota quota(@Body @Valid CustomsJson.QuotaLookup lookup) {
        ChineseIdNumber id;
        try {
            id = ChineseIdNumber.of(lookup.idNumber());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("idNumber", "id-number", e.getMessage());
        }
        int year = lookup.year() != null ? lookup.year() : LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return CustomsJson.Quota.of(quotas.status(id, year));
    }

    @Post("/tax-quotes")
    @Operation(summary = "Quote import taxes",
            description = "Tariff, consumption tax and VAT per line and in total under a regime on a date. Roles: OPERATOR.")
    CustomsJson.Quote taxQuote(@Body @Valid CustomsJson.TaxQuoteBody body) {
        Regime regime;
        try {
            regime = Regime.ofCode(body.regime());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("regime", "regime-code", "regime must be one of 0110, 9610, 1210, 1239");
        }
        List<TaxQuoteRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < body.lines().size(); i++) {
            CustomsJson.TaxQuoteBody.Line line = body.lines().get(i);
            HsCode hs;
            try {
                hs = HsCode.of(line.hsCode());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("lines[" + i + "].hsCode", "hs-code", "an HS code has 8 or 10 digits");
            }
            if (line.taxablePrice().scale() > 2) {
                throw new RuleViolation("lines[" + i + "].taxablePrice", "fen", "a CNY amount has at most 2 decimals");
            }
            lines.add(new TaxQuoteRequest.Line(hs, new Money(line.taxablePrice(), Money.CNY), line.quantity(),
                    line.contentPerUnit()));
        }
        return CustomsJson.Quote.of(taxQuotes.quote(new TaxQuoteRequest(regime, body.on(), lines)));
    }
}
