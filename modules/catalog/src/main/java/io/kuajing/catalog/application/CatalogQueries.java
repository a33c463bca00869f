package io.kuajing.catalog.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.OfferView;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.catalog.domain.CatalogChanges;
import io.kuajing.catalog.domain.LandedPricing;
import io.kuajing.catalog.domain.ModeQuote;
import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.Presentation;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductOptions;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.kernel.Sku;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Reading the catalogue: product pages with landed prices, search and browse, and the operators' lists. */
@Singleton
public class CatalogQueries implements BrowsingCatalog {

    /** Product pages kept at most: past it the oldest half of the day's traffic is simply read again. */
    static final int CACHED_PAGES = 20_000;

    private final Products products;
    private final TranslationMemory memory;
    private final LandedPricing pricing;
    private final CatalogChanges changes;
    private final long pageTtlNanos;
    private final Map<PageKey, CachedPage> pages = new ConcurrentHashMap<>();

    CatalogQueries(Products products, TranslationMemory memory, LandedPricing pricing, CatalogChanges changes,
                   @Value("${kuajing.catalog.page-cache-ttl:30s}") Duration pageTtl) {
        this.products = products;
        this.memory = memory;
        this.pricing = pricing;
        this.changes = changes;
        this.pageTtlNanos = pageTtl.toNanos();
    }

    private record PageKey(Sku sku, LocalDate date) {
    }

    private record CachedPage(long generation, long expiresAt, Optional<ProductSnapshot> page) {
    }

    /**
     * One product's page (its landed prices and promises per mode) on {@code date}: read again after any change to
     * the catalogue on this node, and at least every {@code kuajing.catalog.page-cache-ttl} otherwise — prices, FX
     * rates, tax tables and routes are reference data that checkout and the product page read many times a second
     * at peak and change a few times a day (docs/adr/0020).
     */
    @Override
    public Optional<ProductSnapshot> product(Sku sku, LocalDate date) {
        PageKey key = new PageKey(sku, date);
        long now = System.nanoTime();
        CachedPage cached = pages.get(key);
        if (cached != null && cached.generation() == changes.generation() && now - cached.expiresAt() < 0) {
            return cached.page();
        }
        // The generation as it was before the read: a change committed meanwhile makes this copy stale at once.
        long generation = changes.generation();
        Optional<ProductSnapshot> page = products.bySku(sku).map(product -> snapshot(product, products.offersOf(sku),
                presentations(List.of(product)).get(sku), date));
        if (pages.size() >= CACHED_PAGES) {
            pages.clear();
        }
        pages.put(key, new CachedPage(generation, now + pageTtlNanos, page));
        return page;
    }

    /**
     * The shop's page: candidates come from the database (approved title, an offer in stock) in SKU order; those that
     * cannot be priced in any mode on the date (no rate, no freight, off the list for their warehouses) are left out,
     * so a page is filled from as many candidates as it takes.
     */
    @Override
    public List<ProductSnapshot> search(String text, String category, int page, int size, LocalDate date) {
        List<ProductSnapshot> shown = new ArrayList<>();
        int skip = page * size;
        int chunk = Math.max(size, 100);
        for (int offset = 0; shown.size() < size; offset += chunk) {
            List<Product> candidates = products.shop(text, category, offset, chunk);
            for (ProductSnapshot snapshot : snapshots(candidates, date)) {
                if (snapshot.translated() && !snapshot.prices().isEmpty()) {
                    if (skip > 0) {
                        skip--;
                    } else if (shown.size() < size) {
                        shown.add(snapshot);
                    }
                }
            }
            if (candidates.size() < chunk) {
                break;
            }
        }
        return shown;
    }

    @Override
    public List<ProductSnapshot> searchAll(String text, String category, int page, int size, LocalDate date) {
        return snapshots(products.search(text, category, page * size, size), date);
    }

    @Override
    public List<ProductSnapshot> untranslated(int page, int size, LocalDate date) {
        return snapshots(products.untranslated(page * size, size), date);
    }

    @Override
    public long countUntranslated() {
        return products.countUntranslated();
    }

    @Override
    public List<OfferView> offersOf(Sku sku) {
        return products.offersOf(sku).stream()
                .map(o -> new OfferView(o.sku(), o.key().marketplace(), o.key().externalRef(), o.key().sellerId(),
                        o.sellerName(), o.key().warehouseCode(), o.warehouse().country().value(),
                        o.warehouse().type().name(), o.price(), o.stock()))
                .toList();
    }

    private List<ProductSnapshot> snapshots(List<Product> found, LocalDate date) {
        Map<Sku, List<Offer>> offers = products.offersOf(found.stream().map(Product::sku).toList());
        Map<Sku, Presentation> presentations = presentations(found);
        List<ProductSnapshot> snapshots = new ArrayList<>();
        for (Product product : found) {
            snapshots.add(snapshot(product, offers.getOrDefault(product.sku(), List.of()),
                    presentations.get(product.sku()), date));
        }
        return snapshots;
    }

    private ProductSnapshot snapshot(Product product, List<Offer> offers, Presentation presentation, LocalDate date) {
        ProductOptions options = pricing.options(product, offers, date);
        List<LandedPrice> prices = options.quotes().stream().map(CatalogQueries::landed).toList();
        Map<FulfilmentMode, String> unavailable = new java.util.EnumMap<>(FulfilmentMode.class);
        unavailable.putAll(options.unavailable());
        return new ProductSnapshot(product.sku(), presentation.title(), presentation.description(),
                presentation.language(), presentation.translated(), presentation.brand(), presentation.category(),
                product.hsCode() == null ? null : product.hsCode().value(), options.eligibility().status().name(),
                prices, unavailable, product.weightGrams(), product.origin(), presentation.specification());
    }

    /** Each product as the approved translations of what it says today present it (one memory read for all). */
    private Map<Sku, Presentation> presentations(List<Product> found) {
        List<String> keys = new ArrayList<>();
        found.forEach(p -> p.texts().values().forEach(t -> keys.add(t.key())));
        Map<String, String> approved = memory.approved(keys);
        Map<Sku, Presentation> presented = new java.util.HashMap<>();
        found.forEach(p -> presented.put(p.sku(), Presentation.of(p, approved)));
        return presented;
    }

    private static LandedPrice landed(ModeQuote q) {
        return new LandedPrice(q.mode(), q.goods(), q.freight(), q.tax().total(), q.total(),
                q.tax().basis(), q.promise().earliest(), q.promise().latest(), q.promise().wording(),
                q.offer().marketplace(), q.offer().externalRef(), q.offer().sellerId(), q.offer().warehouseCode(),
                q.shipFrom().value(), q.offerPrice(), q.fxRate().cnyPerUnit(), q.fxRate().effectiveFrom());
    }
}
