package io.kuajing.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.FailedPublications;
import io.kuajing.platform.Roles;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The operations console in a real browser (headless Chromium): an operator signs in, finds an event whose handler
 * gave up, resubmits it once the cause is fixed and sees it handled, reads the reports' four charts, watches a
 * catalogue import complete and reads the plugins' state, and reads the console in English. Screenshots in
 * target/screenshots.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleJourneysTest implements WithTestDatabase {

    private Browser browser;

    @Inject
    EmbeddedServer server;

    @Inject
    FailedPublications failed;

    @Inject
    Outbox outbox;

    @Inject
    Transactions transactions;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.putAll(WebTesting.properties());
        // The signal's handler fails once and its event is failed at once, for the operator to resubmit.
        properties.put("kuajing.outbox.max-attempts", "1");
        properties.put("kuajing.test.console-signal", "on");
        return properties;
    }

    @BeforeAll
    void openBrowser() {
        browser = new Browser(server.getURL().toString());
        browser.signIn("operator");
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void anOperatorResubmitsAFailedEventOnceItsCauseIsFixed() {
        Signal.BROKEN.set(true);
        transactions.write(() -> {
            outbox.publish(new Signal("console journey"));
            return null;
        });
        Eventually.within(Duration.ofSeconds(30), "a failed event", () -> failed.list(10).stream()
                .anyMatch(e -> e.handler().equals(Signal.Handler.ID)));
        long id = failed.list(10).stream().filter(e -> e.handler().equals(Signal.Handler.ID)).findFirst().orElseThrow().id();

        browser.open("/console/failed-events");
        WebElement event = browser.find(".failed-event[data-id='" + id + "']");
        assertTrue(event.getText().contains("the signal's cause is not fixed yet"), event.getText());
        browser.screenshot("console-failed-events");
        Signal.BROKEN.set(false);
        event.findElement(org.openqa.selenium.By.cssSelector("button.resubmit")).click();
        assertEquals("已重新提交，处理程序会重新处理。", browser.find("#notice").getText());
        Eventually.within(Duration.ofSeconds(30), "handled after the resubmission", () -> Signal.HANDLED.get() == 1
                && failed.list(10).stream().noneMatch(e -> e.id() == id));
    }

    @Test
    void anOperatorReadsTheReportsAsChartsDrawnByECharts() {
        browser.open("/console/reports");
        assertEquals("报表", browser.find("h1").getText());
        // ECharts, served from its WebJar, ran in the browser and drew every chart on a canvas of its own.
        for (String chart : List.of("#sales-chart", "#marketplaces-chart", "#delivery-chart", "#refusals-chart")) {
            assertTrue(browser.find(chart + " canvas").isDisplayed(), chart);
            assertEquals("true", browser.find(chart).getAttribute("data-drawn"), chart);
        }
        assertTrue(browser.find("#sales-csv").getAttribute("href").endsWith("/console/reports/sales.csv?months=12"));
        assertTrue(browser.find("#marketplaces-csv").getAttribute("href").endsWith("/console/reports/marketplaces.csv?months=12"));
        assertTrue(browser.find("#delivery-csv").getAttribute("href").endsWith("/console/reports/delivery.csv?months=12"));
        assertTrue(browser.find("#delivery-calendar").getText().contains("中国日历日"), "the page says which calendar the days use");
        // The downloads, as Excel reads them: UTF-8 with a byte-order mark, then the header (line ends are
        // ReportCsvTest's: the driver hands the text back with its own).
        assertEquals(List.of("200 text/csv;charset=utf-8", "\uFEFFmonth,marketplace,orders,sales_cny,year_before_cny,growth_percent"),
                browser.fetch("/console/reports/marketplaces.csv?months=12").lines().toList());
        assertEquals(List.of("200 text/csv;charset=utf-8", "\uFEFFmode,promised_from_days,promised_to_days,delivery_days,orders,on_time_orders"),
                browser.fetch("/console/reports/delivery.csv?months=12").lines().toList());
        browser.screenshot("console-reports");

        // The seed's report of both directions, reached from the navigation: sales abroad beside import sales.
        assertEquals("跨境销售", browser.find("nav a[href='/console/export/report']").getText());
        browser.open("/console/export/report");
        assertEquals("跨境销售报表", browser.find("h1").getText());
        for (String chart : List.of("#abroad-chart", "#imports-chart")) {
            assertTrue(browser.find(chart + " canvas").isDisplayed(), chart);
            assertEquals("true", browser.find(chart).getAttribute("data-drawn"), chart);
        }
        browser.screenshot("console-export-report");
    }

    @Test
    void anOperatorWatchesACatalogueImportAndReadsThePluginsState() {
        Map<String, Object> run = http.toBlocking().retrieve(HttpRequest.POST("/api/catalog/imports",
                        Map.of("marketplace", "us-spapi-export")).header("Authorization", TestTokens.bearer(tokens, "operator", Roles.OPERATOR)),
                Argument.mapOf(String.class, Object.class));

        browser.open("/console/catalog/imports/" + run.get("id"));
        // Opened while the run may still import: the page is not reloaded, htmx swaps the progress part in until the
        // run completed.
        Eventually.within(Duration.ofSeconds(60), "the page shows the run completed", () -> "COMPLETED".equals(
                browser.attributeOnce("#progress", "data-status", "COMPLETED")));
        assertTrue(Long.parseLong(browser.find("#read").getText()) > 0, browser.find("#progress").getText());
        browser.open("/console/catalog/imports");
        assertEquals("商品导入", browser.find("h1").getText());
        assertTrue(browser.find("tr.run[data-id='" + run.get("id") + "']").getText().contains("us-spapi-export"));
        browser.screenshot("console-imports");

        browser.open("/console/plugins");
        assertEquals("插件", browser.find("h1").getText());
        assertEquals("已启动", browser.find(".plugin[data-source='kuajing-carrier-postal.jar'] .state").getText());
        assertEquals("••••••", browser.find(".plugin[data-source='kuajing-carrier-postal.jar'] .setting[data-name='secret-key'] .value").getText());
        browser.screenshot("console-plugins");
    }

    @Test
    void theConsoleSpeaksEnglishOnRequest() {
        browser.open("/web/language?to=en&back=/console/failed-events");
        assertEquals("Failed events", browser.find("h1").getText());
        browser.open("/web/language?to=zh&back=/console/failed-events");
        assertEquals("失败事件", browser.find("h1").getText());
    }
}
