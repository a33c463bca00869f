package io.kuajing.catalog.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.testing.FakeMarketplace;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalogue's HTTP API end to end on MySQL: an operator imports, watches the run, reads rejections, translates;
 * a consumer searches and opens a product page. Roles are enforced by the app's security (not on this class path).
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogHttpTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestExtensions extensions;

    @Inject
    io.kuajing.catalog.application.TranslationPipeline pipeline;

    Map<String, Object> run;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void importAFeedOverHttp() {
        extensions.register(new FakeMarketplace("fake-http", 120, 30));
        HttpResponse<Map> accepted = http.toBlocking().exchange(
                HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "fake-http")), Map.class);
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        String location = accepted.getHeaders().get("Location");
        assertNotNull(location);
        Eventually.within(Duration.ofSeconds(20), "import completed", () -> {
            run = http.toBlocking().retrieve(location, Map.class);
            return "COMPLETED".equals(run.get("status"));
        });
    }

    @Test
    void theRunReportsItsCountersAndItsRejectedRows() {
        assertEquals(120, ((Number) run.get("seen")).intValue());
        assertEquals(4 + 10, ((Number) run.get("rejected")).intValue(), "4 unreadable rows, 10 malformed HS codes");
        Map<?, ?> rejections = http.toBlocking().retrieve("/api/catalog/imports/" + run.get("id") + "/rejections?size=100", Map.class);
        List<?> items = (List<?>) rejections.get("items");
        assertEquals(14, items.size());
        assertTrue(items.stream().anyMatch(r -> "bad-hs-code".equals(((Map<?, ?>) r).get("code"))), items.toString());
    }

    @Test
    void aConsumerSearchesAndSeesLandedPricesInCnyWithTheDeliveryPromise() {
        String sku = ProductIdentity.of("fake-http", FakeMarketplace.ref(12), null).sku().value();
        assertEquals(HttpStatus.NOT_FOUND, status("/api/catalog/products/" + sku), "untranslated: not in the shop");
        translate(sku, "测试商品十二号", "品牌十二");
        Map<?, ?> found = http.toBlocking().retrieve("/api/catalog/products?q=" + java.net.URLEncoder.encode("十二号",
                java.nio.charset.StandardCharsets.UTF_8) + "&size=5", Map.class);
        List<?> items = (List<?>) found.get("items");
        assertEquals(1, items.size());
        assertEquals("测试商品十二号", ((Map<?, ?>) items.get(0)).get("title"));

        Map<?, ?> page = http.toBlocking().retrieve("/api/catalog/products/" + sku, Map.class);

        assertEquals("LISTED", page.get("eligibility"));
        Map<?, ?> price = (Map<?, ?>) ((List<?>) page.get("prices")).get(0);
        assertEquals("DIRECT_MAIL", price.get("mode"));
        Map<?, ?> total = (Map<?, ?>) price.get("total");
        assertEquals("CNY", total.get("currency"));
        assertTrue(total.get("amount") instanceof String s && s.matches("\\d+\\.\\d{2}"), "money as a 2-decimal string: " + total);
        assertNotNull(price.get("deliveryLatest"));
    }

    @Test
    void anUnknownProductIs404() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/catalog/products/KJ-NOSUCHSKU00", Map.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void anOperatorTranslatesAProductAndItLeavesTheUntranslatedList() {
        String sku = ProductIdentity.of("fake-http", FakeMarketplace.ref(2), null).sku().value();
        long before = untranslatedTotal();

        Map<?, ?> page = translate(sku, "雅培 婴儿配方奶粉 1段", "雅培");

        assertEquals(Boolean.TRUE, page.get("translated"));
        assertEquals("雅培 婴儿配方奶粉 1段", page.get("title"));
        assertEquals("zh-CN", page.get("language"));
        assertEquals(before - 1, untranslatedTotal());
        Map<?, ?> found = http.toBlocking().retrieve("/api/catalog/products?q=" + java.net.URLEncoder.encode("婴儿配方",
                java.nio.charset.StandardCharsets.UTF_8), Map.class);
        assertEquals(1, ((List<?>) found.get("items")).size(), "zh-CN titles are searchable");
        assertEquals("美国进口", page.get("description"));
        assertEquals("雅培", page.get("brand"));
    }

    @Test
    void anOperatorClassifiesAnOffListProductAndTheNextImportKeepsIt() {
        // Row 13 carries 3004909099 (medicines), off the positive list: direct purchase only, and no domestic stock.
        String sku = ProductIdentity.of("fake-http", FakeMarketplace.ref(13), null).sku().value();
        Map<?, ?> before = http.toBlocking().retrieve("/api/catalog/operator/products/" + sku, Map.class);
        assertEquals("NOT_LISTED", before.get("eligibility"));
        assertEquals(List.of(), before.get("prices"));

        Map<?, ?> after = http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/products/" + sku + "/hs-code",
                Map.of("hsCode", "2106.90.90.90")), Map.class);

        assertEquals("2106909090", after.get("hsCode"));
        assertEquals("BONDED_ONLY", after.get("eligibility"), "supplements: bonded import only");
        assertEquals("positive-list-bonded-only", ((Map<?, ?>) after.get("unavailable")).get("DIRECT_MAIL"));
        HttpResponse<Map> again = http.toBlocking().exchange(
                HttpRequest.POST("/api/catalog/imports", Map.of("marketplace", "fake-http")), Map.class);
        String location = again.getHeaders().get("Location");
        Eventually.within(Duration.ofSeconds(20), "re-import completed",
                () -> "COMPLETED".equals(http.toBlocking().retrieve(location, Map.class).get("status")));
        assertEquals("2106909090", http.toBlocking().retrieve("/api/catalog/operator/products/" + sku, Map.class).get("hsCode"),
                "the import does not undo an operator's classification");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGlossaryTermTranslatesTheTextsThatWaitedForIt() {
        drain();
        http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/glossary",
                Map.of("kind", "BRAND", "source", "Brand7", "target", "七号品牌")), Map.class);
        drain();
        Map<?, ?> queue = http.toBlocking().retrieve("/api/catalog/operator/translations?field=BRAND&q=Brand7", Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) queue.get("items");
        assertTrue(items.size() >= 2, "three products say Brand7: " + items);
        items.forEach(i -> assertEquals(List.of("APPROVED", "七号品牌", "glossary"),
                List.of(i.get("status"), i.get("approved"), i.get("approvedBy"))));
        HttpClientResponseException bad = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/glossary",
                        Map.of("kind", "UNIT", "source", "furlong", "target", "浪")), Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, bad.getStatus(), "a unit needs its factor");
    }

    private void drain() {
        while (pipeline.runDue() > 0) {
            Thread.onSpinWait();
        }
    }

    @Test
    void anOperatorStatesTheCountryOfOriginTheFeedDoesNotSay() {
        String sku = ProductIdentity.of("fake-http", FakeMarketplace.ref(5), null).sku().value();
        assertNull(http.toBlocking().retrieve("/api/catalog/operator/products/" + sku, Map.class).get("origin"));
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/products/" + sku + "/origin",
                Map.of("countryCode", "jp")), Map.class);
        assertEquals("JP", page.get("origin"));
        HttpClientResponseException bad = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/products/" + sku + "/origin",
                        Map.of("countryCode", "XX")), Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, bad.getStatus());
        assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("country-code"));
    }

    @Test
    void operatorsSeeOffersAndMarketplaces() {
        String sku = ProductIdentity.of("fake-http", FakeMarketplace.ref(1), null).sku().value();
        List<Map> offers = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/operator/products/" + sku + "/offers"),
                Argument.listOf(Map.class));
        assertEquals(1, offers.size());
        assertEquals("OVERSEAS", offers.get(0).get("warehouseType"));
        List<Map> marketplaces = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/operator/marketplaces"),
                Argument.listOf(Map.class));
        assertTrue(marketplaces.stream().anyMatch(m -> "fake-http".equals(m.get("id"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void operatorsReviewTheQueueWithFiltersAndSeeProgress() {
        drain();
        Map<?, ?> progress = http.toBlocking().retrieve("/api/catalog/operator/translations/progress", Map.class);
        assertEquals("none", progress.get("machineTranslation"), "no provider configured: texts wait for operators");
        assertEquals(0, ((Number) progress.get("queuedProducts")).intValue());
        assertTrue(((Number) progress.get("waiting")).intValue() > 0, progress.toString());

        Map<?, ?> queue = http.toBlocking().retrieve("/api/catalog/operator/translations?status=waiting&marketplace=fake-http"
                + "&field=TITLE&q=product%2020&size=5", Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) queue.get("items");
        assertEquals(1, items.size(), queue.toString());
        assertEquals("Fake product 20", items.get(0).get("sourceText"));
        String key = (String) items.get(0).get("key");

        Map<?, ?> edited = http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/translations/" + key,
                Map.of("text", "测试商品二十")), Map.class);
        assertEquals("DRAFT", edited.get("status"));
        assertEquals("operator:anonymous", edited.get("draftOrigin"));
        Map<?, ?> approved = http.toBlocking().retrieve(HttpRequest.POST("/api/catalog/operator/translations/" + key
                + "/approval", Map.of()), Map.class);
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("测试商品二十", approved.get("approved"));

        HttpClientResponseException bad = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/api/catalog/operator/translations?status=MAYBE", Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, bad.getStatus());
        assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("review-status"));
        List<Map> glossary = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/operator/glossary"), Argument.listOf(Map.class));
        assertTrue(glossary.stream().anyMatch(t -> "BRAND".equals(t.get("kind")) && "Kao".equals(t.get("source"))
                && "花王".equals(t.get("target"))), "the seed file is loaded");
    }

    private Map<?, ?> translate(String sku, String title, String brand) {
        return http.toBlocking().retrieve(HttpRequest.PUT("/api/catalog/operator/products/" + sku + "/translation",
                Map.of("title", title, "description", "美国进口", "brand", brand)), Map.class);
    }

    private HttpStatus status(String uri) {
        try {
            return http.toBlocking().exchange(uri, Map.class).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    private long untranslatedTotal() {
        Map<?, ?> listing = http.toBlocking().retrieve("/api/catalog/operator/untranslated?size=1", Map.class);
        return ((Number) listing.get("total")).longValue();
    }
}
