package io.kuajing.catalog.adapter.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.catalog.application.CatalogImports;
import io.kuajing.catalog.application.CatalogQueries;
import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.RejectedRow;
import io.kuajing.catalog.testing.Runs;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.tck.TestPluginContext;
import io.kuajing.plugin.tck.marketplace.IsolatedPluginLoader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two reference plugins loaded from their JARs (each in its own class loader, as the app loads them) importing
 * the shipped sample feeds into MySQL. Needs the JARs in the reactor's target folders: it is skipped, saying so,
 * when they were not built (the app's plugin test covers the same path).
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePluginJarsTest implements WithTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    TestExtensions extensions;

    @Inject
    CatalogImports imports;

    @Inject
    CatalogQueries queries;

    @Inject
    TransactionOperations<Connection> tx;

    CatalogImportRun us;
    CatalogImportRun jp;

    static Path jar(String module) {
        return Path.of("../../plugins/" + module + "/target/kuajing-" + module + "-0.1.0-SNAPSHOT.jar");
    }

    @BeforeAll
    void loadThePluginJarsAndImportTheSamples() {
        for (String module : List.of("marketplace-us-spapi", "marketplace-jp-csv")) {
            assumeTrue(Files.exists(jar(module)), "build the plugin first: mvn -o -q install -DskipTests -f plugins/"
                    + module + "/pom.xml");
        }
        load("marketplace-us-spapi", "../../config/samples/us-spapi");
        load("marketplace-jp-csv", "../../config/samples/jp-csv");
        us = imports.importNow("us-spapi-export", "test");
        jp = imports.importNow("jp-csv-export", "test");
    }

    private void load(String module, String feedDir) {
        // A JAR may carry a channel plugin beside its catalogue source (the US one sells on amazon.com too): the
        // catalogue imports from the one source it holds.
        List<MarketplacePlugin> sources = IsolatedPluginLoader.load(MarketplacePlugin.class, jar(module)).stream()
                .filter(p -> p.profile().has(MarketplaceRole.SOURCE)).toList();
        assertEquals(1, sources.size());
        MarketplacePlugin plugin = sources.get(0);
        assertTrue(plugin.getClass().getClassLoader() instanceof IsolatedPluginLoader, "loaded from the JAR");
        plugin.start(TestPluginContext.of(Map.of("feed-dir", feedDir), request -> {
            throw new AssertionError("no network");
        }));
        extensions.register(plugin);
    }

    @Test
    void bothSamplesImportWithTheirBrokenRowsRejectedAndTheRunsComplete() {
        assertEquals("COMPLETED", us.status());
        assertEquals("COMPLETED", jp.status());
        assertEquals(221, Runs.progress(us).seen(), "216 items and 5 unreadable rows");
        Set<String> usCodes = codes(us);
        assertTrue(usCodes.containsAll(Set.of("bad-item", "duplicate-ref", "feed-unreadable", "bad-offer", "bad-hs-code")),
                usCodes.toString());
        assertTrue(codes(jp).containsAll(Set.of("bad-row", "missing-code")), codes(jp).toString());
    }

    @Test
    void reImportingTheSamplesChangesNothing() {
        List<String> before = Sql.rows(tx, "SELECT sku, marketplace, external_ref, price_amount, stock, updated_at"
                + " FROM catalog_offer ORDER BY marketplace, external_ref, seller_id, warehouse_code");

        CatalogImportRun again = imports.importNow("us-spapi-export", "test");

        ImportProgress first = Runs.progress(us);
        assertEquals(new ImportProgress(first.seen(), 0, 0, first.created() + first.updated() + first.unchanged(),
                first.rejected()), Runs.progress(again));
        assertEquals(before, Sql.rows(tx, "SELECT sku, marketplace, external_ref, price_amount, stock, updated_at"
                + " FROM catalog_offer ORDER BY marketplace, external_ref, seller_id, warehouse_code"));
    }

    @Test
    void sampleItemsOffThePositiveListAreDirectPurchaseOnly() {
        List<String> skus = Sql.rows(tx, "SELECT sku FROM catalog_product WHERE hs_code = '3004909099'");
        assertTrue(skus.size() > 3, "the samples have medicines, off the list");
        for (String sku : skus) {
            ProductSnapshot product = queries.product(new Sku(sku), TODAY).orElseThrow();
            assertEquals("NOT_LISTED", product.eligibility());
            assertTrue(product.prices().stream().allMatch(p -> p.mode() == FulfilmentMode.DIRECT_PURCHASE), sku);
            assertEquals("not-on-positive-list", product.unavailable().get(FulfilmentMode.DIRECT_MAIL));
        }
    }

    @Test
    void productsWithTheSameGtinOnBothMarketplacesAreOneProductWithOffersFromBoth() {
        assertEquals(4, Sql.count(tx, "SELECT COUNT(*) FROM (SELECT sku FROM catalog_offer GROUP BY sku"
                + " HAVING COUNT(DISTINCT marketplace) = 2) shared"));
    }

    @Test
    void japaneseTitlesArriveIntact() {
        assertTrue(Sql.count(tx, "SELECT COUNT(*) FROM catalog_product WHERE language = 'ja-JP' AND title LIKE '%資生堂%'") > 0);
    }

    /**
     * The count: with the shipped translation memory and no provider, every sample product has an approved
     * Chinese title (and brand), every one that can be bought is in the shop in Chinese, and nothing else is.
     */
    @Test
    void everyPurchasableSampleProductIsShownInChinese() {
        List<ProductSnapshot> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ProductSnapshot> batch = queries.searchAll(null, null, page, 100, TODAY);
            all.addAll(batch);
            if (batch.size() < 100) {
                break;
            }
        }
        List<ProductSnapshot> purchasable = all.stream().filter(p -> !p.prices().isEmpty()).toList();
        assertTrue(all.size() > 300 && purchasable.size() > 200, all.size() + " products, " + purchasable.size() + " purchasable");
        assertEquals(0, queries.countUntranslated(), "every sample product has its reviewed Chinese");
        assertEquals(List.of(), purchasable.stream().filter(p -> !p.translated() || !chinese(p.title())
                || p.brand() != null && !chinese(p.brand()) && !p.brand().matches("[A-Za-z -]+")).map(p -> p.sku() + " " + p.title()).toList());

        Set<Sku> shop = new HashSet<>();
        for (int page = 0; ; page++) {
            List<ProductSnapshot> batch = queries.search(null, null, page, 50, TODAY);
            batch.forEach(p -> assertTrue(p.translated() && chinese(p.title()) && !p.prices().isEmpty(), p.title()));
            batch.forEach(p -> shop.add(p.sku()));
            if (batch.size() < 50) {
                break;
            }
        }
        assertEquals(purchasable.stream().map(ProductSnapshot::sku).collect(Collectors.toSet()), shop,
                "the shop lists exactly the products that can be bought");

        List<ProductSnapshot> withSize = purchasable.stream().filter(p -> p.specification() != null).toList();
        assertTrue(withSize.size() > purchasable.size() / 2, withSize.size() + " of " + purchasable.size());
        assertTrue(withSize.stream().allMatch(p -> chinese(p.specification()) || p.specification().matches("[\\d.]+(GB|mAh)")),
                withSize.stream().map(ProductSnapshot::specification).distinct().toList().toString());
        assertTrue(purchasable.stream().filter(p -> p.origin() != null).count() > purchasable.size() * 9 / 10,
                "the feeds state the country of origin");
    }

    @Test
    void consumersFindProductsByTheirChineseNameAndBrand() {
        List<ProductSnapshot> shiseido = queries.search("资生堂", null, 0, 50, TODAY);
        assertTrue(!shiseido.isEmpty() && shiseido.stream().allMatch(p -> p.brand().equals("资生堂")), shiseido.toString());
        List<ProductSnapshot> lotion = queries.search("化妆水", null, 0, 50, TODAY);
        assertTrue(lotion.stream().anyMatch(p -> p.title().startsWith("花王")), lotion.stream().map(ProductSnapshot::title).toList().toString());
        ProductSnapshot sunscreen = queries.search("理肤泉 日常防晒霜", null, 0, 5, TODAY).get(0);
        assertEquals("89毫升", sunscreen.specification());
        assertEquals("FR", sunscreen.origin().value());
    }

    static boolean chinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private Set<String> codes(CatalogImportRun run) {
        return imports.rejections(run.id(), 0, 1000).stream().map(RejectedRow::code).collect(Collectors.toSet());
    }
}
