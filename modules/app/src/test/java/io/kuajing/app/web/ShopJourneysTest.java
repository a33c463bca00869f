package io.kuajing.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.app.TestTokens;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.HsCode;
import io.kuajing.platform.Roles;
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
 * The shop in a real browser (headless Chromium): a consumer signs in on the page, finds a product of each mode
 * (直采, 直邮, 闪购), puts it in the basket, checks out with the real-name form, pays in the sandbox and follows the
 * three orders to the doorstep, then returns one; a bad ID number is refused beside its field with nothing placed,
 * and an unpaid order is cancelled. The carriers are the simulated services (a day passes in 300 ms), customs the
 * sandbox. Screenshots in target/screenshots.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopJourneysTest implements WithTestDatabase {

    private static final String BONDED_BOOK = "T3100W000001";
    private static final List<String> MODES = List.of("DIRECT_PURCHASE", "DIRECT_MAIL", "FLASH_PURCHASE");

    private CarrierSimulators carriers;
    private Browser browser;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Inject
    BondedBook bondedBook;

    @Override
    public Map<String, String> getProperties() {
        carriers = CarrierSimulators.start(Duration.ofMillis(300));
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.putAll(carriers.settings());
        properties.putAll(WebTesting.properties());
        return properties;
    }

    @BeforeAll
    void openBrowser() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void close() {
        browser.close();
        carriers.close();
    }

    @Test
    void aConsumerBuysOneProductOfEachModeAndFollowsThemToTheDoorstep() {
        Map<String, String> skus = oneProductPerMode();
        browser.signIn("consumer");
        assertEquals("/shop", browser.pathOnceAt("/shop"), "a consumer lands in the shop");

        browser.open("/shop?mode=FLASH_PURCHASE");
        assertTrue(browser.all(".product").stream().allMatch(p -> !p.findElements(
                org.openqa.selenium.By.cssSelector("[data-mode=FLASH_PURCHASE]")).isEmpty()), "the filter shows 闪购 products only");
        browser.screenshot("shop-listing");

        skus.forEach((mode, sku) -> {
            WebElement way = browser.openUntil("/shop/products/" + sku, "section.way[data-mode=" + mode + "]");
            assertTrue(way.getText().contains("税费") && way.getText().contains("送达"), way.getText());
            assertTrue(!way.findElement(org.openqa.selenium.By.cssSelector(".tax-basis")).getText().isBlank(),
                    "the tax basis is explained");
            if (mode.equals("DIRECT_MAIL")) {
                browser.screenshot("product-page");
            }
            way.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
            assertEquals("/shop/basket", browser.pathOnceAt("/shop/basket"));
        });
        assertEquals(3, browser.all(".line").size(), browser.text());

        fillCheckout("11010519491231002X");
        browser.find("#place-orders").click();
        List<WebElement> placed = browser.all(".placed");
        assertEquals(3, placed.size(), browser.text());
        assertTrue(browser.find("#quota").getText().contains("剩余"), "the buyer's allowance left this year is shown");
        browser.screenshot("checkout-placed");
        List<String> orderNumbers = new ArrayList<>();
        for (WebElement card : placed) {
            orderNumbers.add(card.getAttribute("data-order"));
            card.findElement(org.openqa.selenium.By.cssSelector("button.pay")).click();
            Eventually.within(Duration.ofSeconds(20), "paid in place", () -> card.getText().contains("已付款")
                    || card.getText().contains("已向海关申报") || card.getText().contains("已发货"));
        }

        Eventually.within(Duration.ofSeconds(150), "the three orders delivered", () -> {
            browser.open("/shop/orders");
            return orderNumbers.stream().allMatch(no -> "DELIVERED".equals(
                    browser.find(".order[data-order='" + no + "']").getAttribute("data-status")));
        });
        browser.screenshot("my-orders-delivered");

        String directMail = orderNumbers.stream().filter(no -> browser.find(".order[data-order='" + no + "']").getText()
                .contains("直邮")).findFirst().orElseThrow();
        browser.open("/shop/orders/" + directMail);
        String timeline = browser.find("#trip").getText();
        assertTrue(timeline.contains("国际段") && timeline.contains("国内派送") && timeline.contains("已签收"), timeline);
        browser.screenshot("order-timeline");

        String domestic = orderNumbers.stream().filter(no -> browser.find("body") != null).filter(no -> {
            browser.open("/shop/orders/" + no);
            return browser.text().contains("直采");
        }).findFirst().orElseThrow();
        browser.open("/shop/orders/" + domestic);
        browser.find("#return").click();
        String status = browser.attributeOnce("#order", "data-status", "RETURNED", "REFUNDED");
        assertTrue(List.of("RETURNED", "REFUNDED").contains(status), "a general-trade return is refunded at once: " + status);
    }

    @Test
    void aBadIdNumberIsShownBesideItsFieldAndNothingIsPlacedThenAnUnpaidOrderIsCancelled() {
        String sku = oneProductPerMode().get("DIRECT_MAIL");
        try (Browser own = new Browser(server.getURL().toString())) {
            own.signIn("consumer2");
            own.openUntil("/shop/products/" + sku, "section.way[data-mode=DIRECT_MAIL] button[type=submit]").click();
            fillCheckout(own, "110105194912310021");
            own.find("#place-orders").click();

            WebElement error = own.find(".error[data-field=idNumber]");
            assertTrue(error.getText().contains("身份证"), error.getText());
            assertEquals("110105194912310021", own.find("#idNumber").getAttribute("value"), "the form keeps what was typed");
            assertEquals("true", own.find("#idNumber").getAttribute("aria-invalid"));
            own.screenshot("checkout-bad-id-number");
            assertEquals(List.of(), http.toBlocking().retrieve(HttpRequest.GET("/api/purchase/orders")
                    .header("Authorization", TestTokens.bearer(tokens, "consumer2", Roles.CONSUMER)),
                    Argument.mapOf(String.class, Object.class)).get("items"), "nothing was placed");

            own.type("#idNumber", "11010519491231002X");
            own.find("#place-orders").click();
            String orderNo = own.find(".placed").getAttribute("data-order");
            own.open("/shop/orders/" + orderNo);
            own.find("#cancel").click();
            assertEquals("CANCELLED", own.attributeOnce("#order", "data-status", "CANCELLED"), own.text());
        }
    }

    private void fillCheckout(String idNumber) {
        fillCheckout(browser, idNumber);
    }

    private static void fillCheckout(Browser on, String idNumber) {
        on.type("#realName", "张三");
        on.type("#idNumber", idNumber);
        on.type("#phone", "13812345678");
        on.type("#divisionCode", "310115");
        on.type("#address", "上海市浦东新区世纪大道1号");
    }

    /** A different product for each mode from the imported catalogue, the 闪购 one stocked in the bonded book. */
    @SuppressWarnings("unchecked")
    private synchronized Map<String, String> oneProductPerMode() {
        List<Map<String, Object>> products = WebTesting.importedCatalogue(http, tokens);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String mode : MODES) {
            chosen.put(mode, products.stream().filter(p -> ((List<?>) p.get("modes")).contains(mode))
                    .map(p -> (String) p.get("sku")).filter(sku -> !chosen.containsValue(sku)).findFirst()
                    .orElseThrow(() -> new AssertionError("no product offers " + mode)));
        }
        String flash = chosen.get("FLASH_PURCHASE");
        if (bondedBook.stock(BONDED_BOOK, flash).signum() == 0) {
            Map<String, Object> product = http.toBlocking().retrieve(HttpRequest.GET("/api/catalog/products/" + flash)
                    .header("Authorization", TestTokens.bearer(tokens, "consumer", Roles.CONSUMER)), Argument.mapOf(String.class, Object.class));
            bondedBook.recordEntry(new BondedEntry(BONDED_BOOK, "E-" + flash, List.of(new BondedEntry.Item(flash,
                    HsCode.of((String) product.get("hsCode")), (String) product.get("title"), BigDecimal.TEN))));
        }
        return chosen;
    }
}
