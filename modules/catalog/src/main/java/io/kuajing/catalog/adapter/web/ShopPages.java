package io.kuajing.catalog.adapter.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.View;

/**
 * The shop's pages in zh-CN (ADR 0022): the listing with search and a filter by mode, and a product page with each
 * way to buy it. The same products, prices and promises as {@link ProductController}, through the same application
 * service; the forms post to the basket's pages (purchase).
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/shop", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured({Roles.CONSUMER, Roles.OPERATOR})
class ShopPages {

    /** One page of the listing: the shop's catalogue is small enough that the filter by mode reads one page. */
    private static final int LISTED = 60;

    private final BrowsingCatalog catalog;
    private final Pages pages;
    private final Clock clock;

    ShopPages(BrowsingCatalog catalog, Pages pages, Clock clock) {
        this.catalog = catalog;
        this.pages = pages;
        this.clock = clock;
    }

    @Get
    @View("catalog/shop")
    Map<String, Object> listing(HttpRequest<?> request, Authentication viewer, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String mode) {
        FulfilmentMode only = parseMode(mode);
        LocalDate today = Paging.today(clock);
        List<ProductSnapshot> products = catalog.search(q == null || q.isBlank() ? null : q.strip(), null, 0, LISTED, today)
                .stream().filter(p -> only == null || p.prices().stream().anyMatch(price -> price.mode() == only)).toList();
        return Map.of("shell", pages.shop(request, "商品", viewer.getRoles()), "products", products,
                "q", q == null ? "" : q, "mode", only == null ? "" : only.name());
    }

    @Get("/products/{sku}")
    @View("catalog/product")
    HttpResponse<Map<String, Object>> product(HttpRequest<?> request, Authentication viewer, @PathVariable String sku) {
        Sku parsed;
        try {
            parsed = new Sku(sku);
        } catch (IllegalArgumentException e) {
            return HttpResponse.notFound();
        }
        return catalog.shown(parsed, Paging.today(clock))
                .map(p -> HttpResponse.ok(Map.<String, Object>of("shell", pages.shop(request, p.title(), viewer.getRoles()),
                        "product", p)))
                .orElseGet(HttpResponse::notFound);
    }

    private static @Nullable FulfilmentMode parseMode(@Nullable String mode) {
        if (mode == null || mode.isBlank()) {
            return null;
        }
        try {
            return FulfilmentMode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
