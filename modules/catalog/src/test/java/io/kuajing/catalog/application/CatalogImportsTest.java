package io.kuajing.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.catalog.OfferOutOfStock;
import io.kuajing.catalog.OfferPriceChanged;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.RejectedRow;
import io.kuajing.catalog.testing.FakeMarketplace;
import io.kuajing.catalog.testing.RecordedEvents;
import io.kuajing.catalog.testing.Runs;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Imports against MySQL through the Marketplaces port and a test double marketplace plugin. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogImportsTest implements WithTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Inject
    CatalogImports imports;

    @Inject
    CatalogQueries queries;

    @Inject
    TestExtensions extensions;

    @Inject
    io.kuajing.catalog.domain.ImportLeases leases;

    @Inject
    TransactionOperations<Connection> tx;

    FakeMarketplace marketplace(String id, int size, int brokenEvery) {
        FakeMarketplace fake = new FakeMarketplace(id, size, brokenEvery);
        extensions.register(fake);
        return fake;
    }

    @Test
    void reImportingTheSameFeedChangesNothing() {
        marketplace("fake-idempotent", 230, 40);
        CatalogImportRun first = imports.importNow("fake-idempotent", "test");
        // 230 rows: 5 unreadable (every 40th); of 225 items, those with the malformed HS code "12" are rejected.
        long malformed = java.util.stream.IntStream.range(0, 230)
                .filter(i -> i % 40 != 39 && FakeMarketplace.hsCode(i).equals("12")).count();
        assertEquals("COMPLETED", first.status());
        assertEquals(new ImportProgress(230, 225 - malformed, 0, 0, 5 + malformed), Runs.progress(first));
        List<String> productsBefore = Sql.rows(tx, "SELECT sku, content_hash, updated_at FROM catalog_product ORDER BY sku");
        List<String> offersBefore = Sql.rows(tx, "SELECT external_ref, sku, price_amount, stock, updated_at FROM catalog_offer"
                + " WHERE marketplace = 'fake-idempotent' ORDER BY external_ref, warehouse_code");
        long publications = Sql.count(tx, "SELECT COUNT(*) FROM platform_event_publication");

        CatalogImportRun second = imports.importNow("fake-idempotent", "test");

        assertEquals(new ImportProgress(230, 0, 0, 225 - malformed, 5 + malformed), Runs.progress(second));
        assertEquals(productsBefore, Sql.rows(tx, "SELECT sku, content_hash, updated_at FROM catalog_product ORDER BY sku"));
        assertEquals(offersBefore, Sql.rows(tx, "SELECT external_ref, sku, price_amount, stock, updated_at FROM catalog_offer"
                + " WHERE marketplace = 'fake-idempotent' ORDER BY external_ref, warehouse_code"));
        assertEquals(publications, Sql.count(tx, "SELECT COUNT(*) FROM platform_event_publication"), "no new events");
    }

    @Test
    void brokenRowsAreRejectedWithTheirReasonAndTheRunCompletes() {
        marketplace("fake-broken", 100, 25);
        CatalogImportRun run = imports.importNow("fake-broken", "test");

        assertEquals("COMPLETED", run.status());
        List<RejectedRow> rejections = imports.rejections(run.id(), 0, 100);
        assertEquals(Runs.progress(run).rejected(), rejections.size());
        assertEquals(Set.of("bad-item", "bad-hs-code"), rejections.stream().map(RejectedRow::code).collect(Collectors.toSet()));
        assertTrue(rejections.stream().anyMatch(r -> r.ref().equals("fake.json#24") && r.reason().contains("no title")),
                rejections.toString());
        assertTrue(rejections.stream().anyMatch(r -> r.ref().equals(FakeMarketplace.ref(10))
                && r.reason().contains("8 or 10 digits")), rejections.toString());
    }

    @Test
    void aPriceChangeAndAStockOutAreUpdatedAndPublished() {
        FakeMarketplace fake = marketplace("fake-changes", 20, 0);
        imports.importNow("fake-changes", "test");
        fake.price(3, "55.55");
        fake.stock(4, 0);

        CatalogImportRun run = imports.importNow("fake-changes", "test");

        assertEquals(2, Runs.progress(run).updated());
        assertEquals(List.of("55.5500"), Sql.rows(tx, "SELECT price_amount FROM catalog_offer WHERE marketplace = ?"
                + " AND external_ref = ?", "fake-changes", FakeMarketplace.ref(3)));
        String sku3 = ProductIdentity.of("fake-changes", FakeMarketplace.ref(3), null).sku().value();
        String sku4 = ProductIdentity.of("fake-changes", FakeMarketplace.ref(4), null).sku().value();
        Eventually.within(Duration.ofSeconds(10), "price change and stock-out delivered", () ->
                RecordedEvents.DELIVERED.stream().anyMatch(e -> e instanceof OfferPriceChanged c && c.sku().equals(sku3)
                        && c.newAmount().toPlainString().equals("55.55"))
                && RecordedEvents.DELIVERED.stream().anyMatch(e -> e instanceof OfferOutOfStock o && o.sku().equals(sku4)));
    }

    @Test
    void offersTheMarketplaceNoLongerListsAreWithdrawnOnceAndPublished() {
        FakeMarketplace fake = marketplace("fake-withdraw", 30, 0);
        imports.importNow("fake-withdraw", "test");
        fake.shrinkTo(20);

        CatalogImportRun shrunk = imports.importNow("fake-withdraw", "test");
        CatalogImportRun again = imports.importNow("fake-withdraw", "test");

        // Rows 20..29 had stock; row 21 had a malformed HS code and never became an offer.
        assertEquals(9, Runs.progress(shrunk).withdrawn());
        assertEquals(0, Runs.progress(again).withdrawn(), "withdrawn once");
        assertEquals(9, Sql.count(tx, "SELECT COUNT(*) FROM catalog_offer WHERE marketplace = 'fake-withdraw' AND stock = 0"));
        String sku25 = ProductIdentity.of("fake-withdraw", FakeMarketplace.ref(25), null).sku().value();
        Eventually.within(Duration.ofSeconds(10), "stock-out of a withdrawn offer delivered", () ->
                RecordedEvents.DELIVERED.stream().anyMatch(e -> e instanceof OfferOutOfStock o && o.sku().equals(sku25)));
    }

    @Test
    void aFailedRunWithdrawsNothing() {
        FakeMarketplace fake = marketplace("fake-no-withdraw", 120, 0);
        imports.importNow("fake-no-withdraw", "test");
        fake.failAt(110);

        CatalogImportRun failed = imports.importNow("fake-no-withdraw", "test");

        assertEquals("FAILED", failed.status());
        assertEquals(0, Runs.progress(failed).withdrawn(), "a partial walk does not know what is gone");
        assertEquals(0, Sql.count(tx, "SELECT COUNT(*) FROM catalog_offer WHERE marketplace = 'fake-no-withdraw' AND stock = 0"));
    }

    /**
     * The lock is a lease row in the database, so another instance's import (here: its lease taken as that instance
     * would) refuses this one's; once its instance died and the lease expired, the next import takes it over and
     * closes the run the dead instance left RUNNING.
     */
    @Test
    void anImportOnAnotherInstanceHoldsTheMarketplaceUntilItsLeaseExpires() {
        marketplace("fake-elsewhere", 5, 0);
        java.time.Instant now = java.time.Instant.now();
        assertTrue(leases.take("fake-elsewhere", "other-instance", now, now.plus(Duration.ofMinutes(2))).isPresent());
        RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> imports.importNow("fake-elsewhere", "test"));
        assertEquals("import-running", refused.rule());
        leases.release("fake-elsewhere", "other-instance");

        CatalogImportRun first = imports.importNow("fake-elsewhere", "test");
        assertEquals("COMPLETED", first.status());
        assertEquals(0, Sql.count(tx, "SELECT COUNT(*) FROM catalog_import_lease WHERE marketplace = 'fake-elsewhere'"),
                "a finished import gives its lease back");

        // An instance that died mid-import: its run stays RUNNING and its lease ran out a moment ago.
        long abandoned = tx.executeWrite(status -> {
            try (var ps = status.getConnection().prepareStatement("INSERT INTO catalog_import_run (marketplace, status,"
                    + " started_by, started_at) VALUES ('fake-elsewhere', 'RUNNING', 'dead', ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, java.time.LocalDateTime.now());
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        java.time.Instant past = java.time.Instant.now().minus(Duration.ofMinutes(5));
        assertTrue(leases.take("fake-elsewhere", "dead-instance", past, past.plus(Duration.ofMinutes(2))).isPresent());
        leases.forRun("fake-elsewhere", "dead-instance", abandoned);

        assertEquals("COMPLETED", imports.importNow("fake-elsewhere", "test").status());
        CatalogImportRun left = imports.run(abandoned).orElseThrow();
        assertEquals("FAILED", left.status());
        assertTrue(left.error().contains("lease expired"), left.error());
        assertTrue(!leases.renew("fake-elsewhere", "dead-instance", java.time.Instant.now().plus(Duration.ofMinutes(2))),
                "the dead instance's holder lost the lease");
    }

    @Test
    void anImportRunsInTheBackgroundAndShowsItsProgressWhileItRuns() {
        FakeMarketplace fake = marketplace("fake-slow", 400, 0);
        fake.slowDown(40);

        CatalogImportRun started = imports.start("fake-slow", "test");

        assertEquals("RUNNING", started.status());
        Eventually.within(Duration.ofSeconds(10), "some pages done while running", () -> {
            CatalogImportRun now = imports.run(started.id()).orElseThrow();
            return now.status().equals("RUNNING") && now.seen() > 0 && now.seen() < 400;
        });
        try {
            imports.start("fake-slow", "test");
            throw new AssertionError("a second import of a running marketplace must be refused");
        } catch (RuleViolation expected) {
            assertEquals("import-running", expected.rule());
        }
        Eventually.within(Duration.ofSeconds(20), "the run completes",
                () -> imports.run(started.id()).orElseThrow().status().equals("COMPLETED"));
        assertEquals(400, imports.run(started.id()).orElseThrow().seen());
    }

    @Test
    void aMarketplaceThatFailsStopsTheRunAndKeepsThePagesImported() {
        FakeMarketplace fake = marketplace("fake-failing", 200, 0);
        fake.failAt(120);

        CatalogImportRun run = imports.importNow("fake-failing", "test");

        assertEquals("FAILED", run.status());
        assertTrue(run.error().contains("unreachable"), run.error());
        assertEquals(100, Runs.progress(run).seen(), "two pages of 50 before the failing one");
        assertEquals(91, Sql.count(tx, "SELECT COUNT(*) FROM catalog_offer WHERE marketplace = 'fake-failing'"),
                "100 rows less the 9 with a malformed HS code");
    }

    @Test
    void anUnknownMarketplaceIsARuleViolation() {
        RuleViolation e = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> imports.start("no-such-marketplace", "test"));
        assertEquals("unknown-marketplace", e.rule());
    }

    @Test
    void anImportedProductOffThePositiveListIsDirectPurchaseOnly() {
        marketplace("fake-eligibility", 14, 0);
        imports.importNow("fake-eligibility", "test");
        ProductSnapshot offList = queries.product(ProductIdentity.of("fake-eligibility", FakeMarketplace.ref(6), null).sku(), TODAY)
                .orElseThrow();
        ProductSnapshot listed = queries.product(ProductIdentity.of("fake-eligibility", FakeMarketplace.ref(0), null).sku(), TODAY)
                .orElseThrow();

        assertEquals("NOT_LISTED", offList.eligibility());
        assertEquals(List.of(), offList.prices(), "overseas stock only, and direct mail is not allowed");
        assertEquals("not-on-positive-list", offList.unavailable().get(FulfilmentMode.DIRECT_MAIL));
        assertEquals("no-stock", offList.unavailable().get(FulfilmentMode.DIRECT_PURCHASE));
        assertEquals(List.of(FulfilmentMode.DIRECT_MAIL), listed.prices().stream().map(p -> p.mode()).toList());
        assertTrue(!listed.translated() && listed.title().equals("Fake product 0"), "untranslated: the original title");
    }
}
