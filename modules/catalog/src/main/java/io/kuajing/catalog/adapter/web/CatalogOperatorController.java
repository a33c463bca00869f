package io.kuajing.catalog.adapter.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.catalog.TranslatingProducts;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operators' catalogue: products with their standing, offers, what still lacks Chinese, translating and
 * classifying products.
 */
@Tag(name = "catalog")
@ProblemResponses
@Controller("/api/catalog/operator")
@Secured(Roles.OPERATOR)
class CatalogOperatorController {

    private final BrowsingCatalog queries;
    private final ImportingCatalogues imports;
    private final TranslatingProducts translating;
    private final Clock clock;

    CatalogOperatorController(BrowsingCatalog queries, ImportingCatalogues imports, TranslatingProducts translating,
                              Clock clock) {
        this.queries = queries;
        this.imports = imports;
        this.translating = translating;
        this.clock = clock;
    }

    @Get("/marketplaces")
    @Operation(summary = "List source marketplaces",
            description = "The marketplace plugins loaded, with their sites. Roles: OPERATOR.")
    List<Json.MarketplaceJson> marketplaces() {
        return imports.sources().stream().map(Json.MarketplaceJson::of).toList();
    }

    @Get("/products")
    @Operation(summary = "Search every product",
            description = "Operators' search over the whole catalogue, sellable or not, paged. Roles: OPERATOR.")
    Page<Json.ProductPage> products(@Nullable @QueryValue String q, @Nullable @QueryValue String category,
                                            @QueryValue(defaultValue = "0") int page,
                                            @QueryValue(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(queries.searchAll(q, category, page, size, Paging.today(clock)).stream()
                .map(Json.ProductPage::of).toList(), page, size, null);
    }

    /** A product page whether or not the shop shows it (untranslated, not for sale), with the reasons. */
    @Get("/products/{sku}")
    @Operation(summary = "One product, operator view",
            description = "A product with prices per mode, whatever its state. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ProductPage> product(@PathVariable String sku) {
        return queries.product(sku(sku), Paging.today(clock)).map(p -> HttpResponse.ok(Json.ProductPage.of(p)))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/products/{sku}/offers")
    @Operation(summary = "A product's offers",
            description = "The sellers' offers of a product: warehouse, price (money object), stock. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    List<Json.OfferJson> offers(@PathVariable String sku) {
        return queries.offersOf(sku(sku)).stream().map(Json.OfferJson::of).toList();
    }

    @Get("/untranslated")
    @Operation(summary = "Products without Chinese",
            description = "Products whose title is not yet approved in zh-CN, paged and counted. Roles: OPERATOR.")
    Page<Json.ProductPage> untranslated(@QueryValue(defaultValue = "0") int page,
                                                @QueryValue(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(queries.untranslated(page, size, Paging.today(clock)).stream()
                .map(Json.ProductPage::of).toList(), page, size, queries.countUntranslated());
    }

    @Put("/products/{sku}/translation")
    @Operation(summary = "Translate a product",
            description = "Sets a product's zh-CN title, description and brand. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ProductPage> translate(@PathVariable String sku, @Body Json.TranslationRequest request,
                                             @Nullable Principal principal) {
        Sku parsed = sku(sku);
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw new RuleViolation("title", "required", "a zh-CN title is required");
        }
        if (request.title().length() > 500) {
            throw new RuleViolation("title", "max-length", "a title has at most 500 characters");
        }
        if (request.brand() != null && (request.brand().isBlank() || request.brand().length() > 200)) {
            throw new RuleViolation("brand", "max-length", "a brand has 1 to 200 characters");
        }
        boolean known = translating.translate(parsed, request.title().strip(), request.description(), request.brand(),
                principal == null ? "anonymous" : principal.getName());
        if (!known) {
            return HttpResponse.notFound();
        }
        return queries.product(parsed, Paging.today(clock)).map(p -> HttpResponse.ok(Json.ProductPage.of(p)))
                .orElseGet(HttpResponse::notFound);
    }

    @Put("/products/{sku}/hs-code")
    @Operation(summary = "Classify a product",
            description = "Sets a product's 10-digit HS code; its modes and taxes follow. Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ProductPage> classify(@PathVariable String sku, @Body Json.ClassificationRequest request,
                                            @Nullable Principal principal) {
        Sku parsed = sku(sku);
        if (request == null || request.hsCode() == null) {
            throw new RuleViolation("hsCode", "required", "an 8 or 10 digit HS code is required");
        }
        if (!translating.classify(parsed, request.hsCode(), principal == null ? "anonymous" : principal.getName())) {
            return HttpResponse.notFound();
        }
        return queries.product(parsed, Paging.today(clock)).map(p -> HttpResponse.ok(Json.ProductPage.of(p)))
                .orElseGet(HttpResponse::notFound);
    }

    @Put("/products/{sku}/origin")
    @Operation(summary = "Set a product's origin",
            description = "Sets a product's country of origin (ISO 3166 alpha-2). Roles: OPERATOR.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ProductPage> origin(@PathVariable String sku, @Body Json.OriginRequest request,
                                          @Nullable Principal principal) {
        Sku parsed = sku(sku);
        if (!translating.setOrigin(parsed, request == null ? null : request.countryCode(),
                principal == null ? "anonymous" : principal.getName())) {
            return HttpResponse.notFound();
        }
        return queries.product(parsed, Paging.today(clock)).map(p -> HttpResponse.ok(Json.ProductPage.of(p)))
                .orElseGet(HttpResponse::notFound);
    }

    private static Sku sku(String sku) {
        try {
            return new Sku(sku);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("sku", "format", e.getMessage());
        }
    }
}
