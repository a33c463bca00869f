package io.kuajing.catalog.adapter.web;

import java.time.Clock;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Page;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The consumer's catalogue in zh-CN: search and browse, and a product page with a landed price per available
 * fulfilment mode and its delivery promise. Only products with an approved Chinese title that can be bought. Signed-in consumers and operators only (prices depend on reference data
 * we do not publish to scrapers; see docs/catalog.md).
 */
@Tag(name = "catalog")
@ProblemResponses
@Controller("/api/catalog/products")
@Secured({Roles.CONSUMER, Roles.OPERATOR})
class ProductController {

    private final BrowsingCatalog queries;
    private final Clock clock;

    ProductController(BrowsingCatalog queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Search the catalogue",
            description = "Products sellable today, in Chinese, with their modes and the lowest landed price; full-text search in q, filter by category; paged (total not counted).")
    Page<Json.ProductSummary> search(@Nullable @QueryValue String q, @Nullable @QueryValue String category,
                                             @QueryValue(defaultValue = "0") int page,
                                             @QueryValue(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(queries.search(q, category, page, size, Paging.today(clock)).stream()
                .map(Json.ProductSummary::of).toList(), page, size, null);
    }

    @Get("/{sku}")
    @Operation(summary = "One product page",
            description = "A product with its landed price per mode (goods, freight, tax, total as money objects) and delivery window, and the modes it cannot take with the reason.")
    @ProblemResponses.NotFound
    HttpResponse<Json.ProductPage> product(@PathVariable String sku) {
        Sku parsed;
        try {
            parsed = new Sku(sku);
        } catch (IllegalArgumentException e) {
            return HttpResponse.notFound();
        }
        // Untranslated or not for sale: not in the shop (operators see it at /api/catalog/operator/products).
        return queries.shown(parsed, Paging.today(clock))
                .map(p -> HttpResponse.ok(Json.ProductPage.of(p)))
                .orElseGet(HttpResponse::notFound);
    }
}
