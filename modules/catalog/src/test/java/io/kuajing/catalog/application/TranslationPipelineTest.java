package io.kuajing.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.catalog.adapter.alimt.SimulatedAlimt;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.testing.FakeMarketplace;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The translation pipeline with Alibaba Cloud MT (its simulator) configured: imports queue products, the worker
 * sends each new text once (translation memory), the glossary translates whole brands and categories and protects
 * terms, drafts wait for review, approval puts a product in the shop in Chinese, and a changed source text sends it
 * back to review with a diff against what was approved.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationPipelineTest implements WithTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final SimulatedAlimt ALIMT = simulator();

    @Inject
    CatalogImports imports;

    @Inject
    CatalogQueries queries;

    @Inject
    TranslationPipeline pipeline;

    @Inject
    ReviewingTranslations reviewing;

    @Inject
    TestExtensions extensions;

    @Inject
    TransactionOperations<Connection> tx;

    static SimulatedAlimt simulator() {
        try {
            return new SimulatedAlimt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.catalog.translation.alimt.access-key-id", SimulatedAlimt.KEY_ID);
        properties.put("kuajing.catalog.translation.alimt.access-key-secret", SimulatedAlimt.SECRET);
        properties.put("kuajing.catalog.translation.alimt.endpoint", ALIMT.endpoint());
        properties.put("kuajing.catalog.translation.alimt.backoff", "10ms");
        properties.put("kuajing.catalog.translation.alimt.requests-per-second", "200");
        return properties;
    }

    @AfterAll
    void stop() {
        ALIMT.close();
    }

    void workTheQueue() {
        while (pipeline.runDue() > 0) {
            Thread.onSpinWait();
        }
    }

    static Sku sku(String marketplace, int i) {
        return ProductIdentity.of(marketplace, FakeMarketplace.ref(i), null).sku();
    }

    @Test
    void aTextTranslatedOnceIsNeverSentAgain() {
        ALIMT.reset();
        extensions.register(new FakeMarketplace("tm-first", 60, 0));
        imports.importNow("tm-first", "test");
        assertEquals(Sql.count(tx, "SELECT COUNT(*) FROM catalog_product WHERE source_marketplace = 'tm-first'"),
                reviewing.progress().queuedProducts(), "the import queued every product it wrote");
        workTheQueue();

        List<String> sent = ALIMT.translatedTexts();
        assertEquals(new HashSet<>(sent).size(), sent.size(), "no text sent twice: " + sent);
        // Only this marketplace has 60 rows (the others' texts may be known already from other tests).
        assertTrue(sent.contains("Fake product 59") && sent.contains("Description 59") && sent.contains("Brand49"), sent.toString());
        assertFalse(sent.contains("Baby Formula"), "a category the glossary knows is not sent: " + sent);
        assertTrue(ALIMT.batchSizes().stream().allMatch(n -> n <= 50), ALIMT.batchSizes().toString());
        assertEquals(0, reviewing.progress().queuedProducts());
        int calls = ALIMT.requests();

        // Another marketplace says the same things: its products need no call at all.
        extensions.register(new FakeMarketplace("tm-second", 60, 0));
        imports.importNow("tm-second", "test");
        workTheQueue();
        assertEquals(calls, ALIMT.requests(), "the memory answered every text");

        // Queued again (as after a crash): still no call.
        Sql.update(tx, "UPDATE catalog_product SET translation_due = created_at");
        workTheQueue();
        assertEquals(calls, ALIMT.requests());
    }

    @Test
    void machineOutputIsADraftAndOnlyApprovedChineseReachesTheShop() {
        ALIMT.knows("Review product 3", "婴儿配方奶粉 三号");
        ALIMT.knows("Review brand 3", "三号品牌");
        FakeMarketplace fake = new FakeMarketplace("review", 12, 0);
        fake.rename(3, "Review product 3");
        fake.rebrand(3, "Review brand 3");
        extensions.register(fake);
        imports.importNow("review", "test");
        workTheQueue();
        Sku three = sku("review", 3);

        ProductSnapshot drafted = queries.product(three, TODAY).orElseThrow();
        assertFalse(drafted.translated(), "a machine draft is not shown");
        assertTrue(queries.search("三号", null, 0, 20, TODAY).isEmpty());
        assertTrue(queries.shown(three, TODAY).isEmpty());

        ReviewingTranslations.Page drafts = reviewing.queue("DRAFT", "review", null, null, 0, 100);
        List<ReviewingTranslations.Item> ofThree = drafts.items().stream().filter(i -> i.sku().equals(three.value())).toList();
        assertEquals(3, ofThree.size(), "title, description and brand wait for review: " + ofThree);
        assertEquals("alimt", ofThree.get(0).draftOrigin());
        reviewing.approveAll(ofThree.stream().map(ReviewingTranslations.Item::key).toList(), "reviewer");

        ProductSnapshot shown = queries.shown(three, TODAY).orElseThrow();
        assertEquals("婴儿配方奶粉 三号", shown.title());
        assertEquals("三号品牌", shown.brand());
        assertEquals("营养保健", shown.category(), "the glossary's category (Health Supplements)");
        assertEquals(List.of(three), queries.search("三号", null, 0, 20, TODAY).stream().map(ProductSnapshot::sku).toList());
        assertEquals(List.of(three), queries.search("三号品牌", null, 0, 20, TODAY).stream().map(ProductSnapshot::sku).toList());
    }

    @Test
    void aChangedSourceTextSendsTheProductBackToReviewWithADiff() {
        FakeMarketplace fake = new FakeMarketplace("changes", 6, 0);
        extensions.register(fake);
        fake.rename(4, "Changing product 4");
        fake.rebrand(4, "Changing brand");
        ALIMT.knows("Changing product 4", "测试商品 4");
        // Terms and amounts reach the engine in Chinese (protected); this engine writes the unit back in Latin.
        ALIMT.knows("Changing product 4 200毫升", "测试商品 4 200ml");
        imports.importNow("changes", "test");
        workTheQueue();
        Sku four = sku("changes", 4);
        List<String> keys = reviewing.queue(null, "changes", null, null, 0, 100).items().stream()
                .filter(i -> i.sku().equals(four.value()) && !i.status().equals("APPROVED"))
                .map(ReviewingTranslations.Item::key).toList();
        reviewing.approveAll(keys, "reviewer");
        assertTrue(queries.shown(four, TODAY).isPresent());

        fake.rename(4, "Changing product 4 200ml");
        imports.importNow("changes", "test");
        workTheQueue();

        assertTrue(queries.shown(four, TODAY).isEmpty(), "back to review: not shown, not declarable");
        assertFalse(queries.product(four, TODAY).orElseThrow().translated());
        ReviewingTranslations.Item title = reviewing.queue("DRAFT", "changes", "TITLE", null, 0, 10).items().stream()
                .filter(i -> i.sku().equals(four.value())).findFirst().orElseThrow();
        assertEquals("测试商品 4 200毫升", title.draft(), "units written the Chinese way after MT");
        assertEquals("测试商品 4", title.previousApproved());
        assertEquals(List.of(new ReviewingTranslations.DiffRun("=", "测试商品 4"),
                new ReviewingTranslations.DiffRun("+", " 200毫升")), title.diff());
        ReviewingTranslations.Item spec = reviewing.queue("APPROVED", "changes", "SPECIFICATION", null, 0, 10).items().get(0);
        assertEquals("200毫升", spec.approved(), "a specification in known units is the glossary's");

        reviewing.approve(title.key(), null, "reviewer");
        ProductSnapshot back = queries.shown(four, TODAY).orElseThrow();
        assertEquals("测试商品 4 200毫升", back.title());
        assertEquals("200毫升", back.specification());
    }

    @Test
    void throttlingLeavesTheProductsQueuedAndLosesNothing() {
        FakeMarketplace fake = new FakeMarketplace("throttled", 3, 0);
        for (int i = 0; i < 3; i++) {
            fake.rename(i, "Throttled product " + i); // texts nobody translated yet
        }
        extensions.register(fake);
        imports.importNow("throttled", "test");
        ALIMT.failNext(SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.THROTTLE,
                SimulatedAlimt.Fault.THROTTLE, SimulatedAlimt.Fault.THROTTLE);
        assertEquals(0, pipeline.runDue(), "the round stops when the provider is unavailable");
        assertTrue(reviewing.progress().queuedProducts() >= 3, "leased, back when the lease runs out");
        Sql.update(tx, "UPDATE catalog_product SET translation_due = created_at WHERE translation_due IS NOT NULL");
        workTheQueue();
        assertEquals(0, reviewing.progress().queuedProducts());
        assertTrue(reviewing.queue("DRAFT", "throttled", "TITLE", null, 0, 10).total() > 0);
    }
}
