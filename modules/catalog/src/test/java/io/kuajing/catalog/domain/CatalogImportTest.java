package io.kuajing.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.OfferOutOfStock;
import io.kuajing.catalog.OfferPriceChanged;
import io.kuajing.catalog.ProductListed;
import org.junit.jupiter.api.Test;

class CatalogImportTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String US = "us-spapi-export";
    static final String JP = "jp-csv-export";

    static SourceListing listing(String ref, String gtin, String hs, SourceOffer... offers) {
        return new SourceListing(ref, "Title " + ref, "desc", "en-US", "Brand", "Beauty", gtin, hs, 500, List.of(offers));
    }

    static SourceOffer offer(String ref, String amount, String currency, int stock, String warehouse, WarehouseType type) {
        return new SourceOffer(ref, "S1", "Seller", new BigDecimal(amount), currency, stock, warehouse,
                type == WarehouseType.OVERSEAS ? "US" : "CN", type);
    }

    /** Applies a plan to the known state, as the store would. */
    static KnownState apply(String marketplace, KnownState known, PagePlan plan) {
        Map<String, KnownState.KnownProduct> products = new HashMap<>(known.products());
        for (Product p : plan.products()) {
            KnownState.KnownProduct before = products.get(p.identity().key());
            products.put(p.identity().key(), new KnownState.KnownProduct(p.sku(), before == null ? p.source() : before.source(),
                    p.sourceRef(), p.contentHash()));
        }
        Map<OfferKey, Offer> offers = new HashMap<>(known.offers());
        plan.offers().forEach(o -> offers.put(o.key(), o));
        return new KnownState(products, offers);
    }

    static final KnownState EMPTY = new KnownState(Map.of(), Map.of());

    @Test
    void aNewPageCreatesProductsAndOffersAndListsThem() {
        FeedPage page = new FeedPage(List.of(
                listing("B0A", "0300450449108", "3304990099", offer("B0A", "24.99", "USD", 5, "ONT8", WarehouseType.OVERSEAS)),
                listing("B0B", null, null, offer("B0B", "9.99", "USD", 0, "ONT8", WarehouseType.OVERSEAS))),
                List.of(new Rejection("a.json#7", "bad-item", "no title")), null);

        PagePlan plan = CatalogImport.plan(US, page, EMPTY, NOW);

        assertEquals(new ImportProgress(3, 2, 0, 0, 1), plan.progress());
        assertEquals(2, plan.products().size());
        assertEquals(2, plan.offers().size());
        assertEquals(2, plan.events().stream().filter(e -> e instanceof ProductListed).count());
        assertEquals(new BigDecimal("24.99"), plan.offers().get(0).price().amount());
    }

    @Test
    void theSamePageAgainChangesNothingAndPublishesNothing() {
        FeedPage page = new FeedPage(List.of(
                listing("B0A", "0300450449108", "3304990099", offer("B0A", "24.99", "USD", 5, "ONT8", WarehouseType.OVERSEAS))),
                List.of(), null);
        KnownState after = apply(US, EMPTY, CatalogImport.plan(US, page, EMPTY, NOW));

        PagePlan again = CatalogImport.plan(US, page, after, NOW.plusSeconds(3600));

        assertTrue(again.products().isEmpty());
        assertTrue(again.offers().isEmpty());
        assertTrue(again.events().isEmpty());
        assertEquals(new ImportProgress(1, 0, 0, 1, 0), again.progress());
    }

    @Test
    void aPriceChangeAndAStockOutAreUpdatesWithTheirEvents() {
        FeedPage before = new FeedPage(List.of(listing("B0A", null, null,
                offer("B0A", "24.99", "USD", 5, "ONT8", WarehouseType.OVERSEAS))), List.of(), null);
        KnownState known = apply(US, EMPTY, CatalogImport.plan(US, before, EMPTY, NOW));
        FeedPage after = new FeedPage(List.of(listing("B0A", null, null,
                offer("B0A", "22.50", "USD", 0, "ONT8", WarehouseType.OVERSEAS))), List.of(), null);

        PagePlan plan = CatalogImport.plan(US, after, known, NOW);

        assertEquals(new ImportProgress(1, 0, 1, 0, 0), plan.progress());
        assertEquals(2, plan.events().size());
        OfferPriceChanged changed = assertInstanceOf(OfferPriceChanged.class, plan.events().get(0));
        assertEquals(new BigDecimal("24.99"), changed.oldAmount());
        assertEquals(new BigDecimal("22.50"), changed.newAmount());
        assertInstanceOf(OfferOutOfStock.class, plan.events().get(1));
    }

    @Test
    void offersInStockThatAWalkDidNotSeeAreWithdrawn() {
        FeedPage page = new FeedPage(List.of(listing("B0A", null, null,
                offer("B0A", "1.00", "USD", 5, "ONT8", WarehouseType.OVERSEAS),
                offer("B0A", "1.00", "USD", 5, "BFI4", WarehouseType.OVERSEAS))), List.of(), null);
        KnownState known = apply(US, EMPTY, CatalogImport.plan(US, page, EMPTY, NOW));
        FeedPage later = new FeedPage(List.of(listing("B0A", null, null,
                offer("B0A", "1.00", "USD", 5, "ONT8", WarehouseType.OVERSEAS))), List.of(), null);

        PagePlan plan = CatalogImport.withdraw(List.copyOf(known.offers().values()), CatalogImport.offerKeys(US, later), NOW);

        assertEquals(1, plan.offers().size());
        assertEquals("BFI4", plan.offers().get(0).key().warehouseCode());
        assertEquals(0, plan.offers().get(0).stock());
        assertInstanceOf(OfferOutOfStock.class, plan.events().get(0));
        assertEquals(1, plan.progress().withdrawn());
    }

    @Test
    void badProductDataRejectsTheListingAndABadOfferOnlyItself() {
        FeedPage page = new FeedPage(List.of(
                listing("B0A", null, "33.04", offer("B0A", "1.00", "USD", 1, "ONT8", WarehouseType.OVERSEAS)),
                listing("B0B", null, null,
                        offer("B0B", "0.00", "USD", 1, "ONT8", WarehouseType.OVERSEAS),
                        offer("B0B", "5.00", "XYZ", 1, "BFI4", WarehouseType.OVERSEAS),
                        offer("B0B", "5.001", "USD", 1, "LGB3", WarehouseType.OVERSEAS),
                        offer("B0B", "5.00", "USD", 1, "SDF8", WarehouseType.OVERSEAS))),
                List.of(), null);

        PagePlan plan = CatalogImport.plan(US, page, EMPTY, NOW);

        assertEquals(List.of("bad-hs-code", "zero-price", "bad-currency", "bad-price"),
                plan.rejections().stream().map(Rejection::code).toList());
        assertEquals(1, plan.products().size(), "B0B is kept with its good offer");
        assertEquals(1, plan.offers().size());
        assertEquals(new ImportProgress(2, 1, 0, 0, 4), plan.progress());
    }

    @Test
    void theSameGtinOnAnotherMarketplaceAddsAnOfferToTheSameProductWithoutRewritingIt() {
        FeedPage us = new FeedPage(List.of(listing("B0A", "0300450449108", "1901101000",
                offer("B0A", "24.99", "USD", 5, "ONT8", WarehouseType.OVERSEAS))), List.of(), null);
        KnownState known = apply(US, EMPTY, CatalogImport.plan(US, us, EMPTY, NOW));
        // UPC-A spelling of the same code, different title: still one product.
        SourceListing jpListing = new SourceListing("JP-1", "同じ商品", null, "ja-JP", null, null, "300450449108", null, null,
                List.of(new SourceOffer("JP-1", "J1", null, new BigDecimal("2980"), "JPY", 3, "NRT5", "JP", WarehouseType.OVERSEAS)));

        PagePlan plan = CatalogImport.plan(JP, new FeedPage(List.of(jpListing), List.of(), null), known, NOW);

        assertTrue(plan.products().isEmpty(), "the US listing owns the description");
        assertEquals(1, plan.offers().size());
        assertEquals(known.products().values().iterator().next().sku(), plan.offers().get(0).sku());
        assertTrue(plan.events().isEmpty());
        assertEquals(new ImportProgress(1, 1, 0, 0, 0), plan.progress());
    }

    @Test
    void twoListingsSharingAGtinDoNotOverwriteEachOtherOnEveryRun() {
        FeedPage page = new FeedPage(List.of(
                listing("B0A", "0300450449108", null, offer("B0A", "1.00", "USD", 1, "ONT8", WarehouseType.OVERSEAS)),
                listing("B0Z", "0300450449108", null, offer("B0Z", "2.00", "USD", 1, "ONT8", WarehouseType.OVERSEAS))),
                List.of(), null);
        KnownState known = apply(US, EMPTY, CatalogImport.plan(US, page, EMPTY, NOW));

        PagePlan again = CatalogImport.plan(US, page, known, NOW);

        assertTrue(again.products().isEmpty() && again.offers().isEmpty(), again.toString());
    }
}
