package io.kuajing.plugin.cnmall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import io.kuajing.plugin.tck.TestPluginContext;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedClock;
import io.kuajing.sandbox.SimulatedCnMall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin against the simulated TOP-shaped storefront over loopback HTTP: listings in yuan, trades back. */
class CnMallChannelTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The JDK's client as the plugin's transport, as the host lends one. */
    private static final HttpTransport JDK = request -> {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout())
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpTransport.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    };

    private final SimulatedClock clock = SimulatedClock.manual();
    private final CarrierSimulators sandbox = CarrierSimulators.start(clock);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CnMallChannel started(Map<String, String> settings) throws IOException {
        CnMallChannel plugin = new CnMallChannel();
        plugin.start(new TestPluginContext(settings, JDK, clock, Files.createTempDirectory("cn-mall")));
        return plugin;
    }

    private CnMallChannel started() throws IOException {
        return started(sandbox.settingsOf(CarrierSimulators.CN_MALL));
    }

    private static Listing listing(String sku, String title, String price, int stock) {
        return new Listing(sku, title, "澳大利亚进口，保税仓发货", "zh-CN", null, Price.of(price, "CNY"), stock, Map.of());
    }

    @Test
    void aListingIsCreatedInYuanThenUpdatedByItsSku() throws IOException {
        CnMallChannel plugin = started();
        ItemResult created = plugin.upsertListing(listing("A2-MILK-900", "a2 白金版婴儿配方奶粉 900g", "238.5", 20));
        assertEquals(ItemResult.Outcome.CREATED, created.outcome(), created.messages().toString());
        Map<String, Object> shown = sandbox.cnMall().item("A2-MILK-900");
        assertEquals("a2 白金版婴儿配方奶粉 900g", shown.get("title"));
        assertEquals("238.50", shown.get("price"));
        assertEquals(20, shown.get("num"));

        ItemResult again = plugin.upsertListing(listing("A2-MILK-900", "a2 白金版婴儿配方奶粉 900g", "228.00", 15));
        assertEquals(ItemResult.Outcome.UPDATED, again.outcome());
        assertEquals(created.externalRef(), again.externalRef());
        assertEquals("228.00", sandbox.cnMall().item("A2-MILK-900").get("price"));

        List<ItemResult> pushed = plugin.pushPriceStock(List.of(new PriceStockUpdate("A2-MILK-900", null, 3),
                new PriceStockUpdate("NOT-LISTED", null, 1)));
        assertEquals(ItemResult.Outcome.UPDATED, pushed.get(0).outcome());
        assertEquals(3, sandbox.cnMall().item("A2-MILK-900").get("num"));
        assertEquals("not-listed", pushed.get(1).messages().get(0).code());
    }

    @Test
    void theStorefrontsRulesComeBackAsRejectionsNotExceptions() throws IOException {
        CnMallChannel plugin = started();
        ItemResult dollars = plugin.upsertListing(new Listing("SKU-USD", "标题", null, "zh-CN", null,
                Price.of("10.00", "USD"), 1, Map.of()));
        assertEquals("currency-not-cny", dollars.messages().get(0).code());
        ItemResult longTitle = plugin.upsertListing(listing("SKU-LONG", "澳大利亚进口天然有机婴幼儿营养米粉高铁配方六个月以上宝宝辅食添加", "59.00", 5));
        assertEquals(ItemResult.Outcome.CREATED, longTitle.outcome());
        assertEquals("title-shortened", longTitle.messages().get(0).code());
        assertEquals(30, ((String) sandbox.cnMall().item("SKU-LONG").get("title")).length());
        ItemResult tooMuchStock = plugin.upsertListing(listing("SKU-MANY", "标题", "1.00", 5_000_000));
        assertEquals(ItemResult.Outcome.REJECTED, tooMuchStock.outcome());
        assertTrue(tooMuchStock.messages().get(0).text().contains("isv.invalid-parameter:num"));
        assertNull(sandbox.cnMall().item("SKU-MANY"));
    }

    @Test
    void paidTradesComeBackWithTheBuyerTheAddressAndThePaymentCustomsNeeds() throws IOException {
        CnMallChannel plugin = started();
        plugin.upsertListing(listing("A2-MILK-900", "a2 白金版婴儿配方奶粉 900g", "238.50", 20));
        Instant before = clock.instant().minusSeconds(60);
        long tid = sandbox.cnMall().placeOrder("A2-MILK-900", 2, new SimulatedCnMall.Buyer("王小明",
                "110101199003077578", "13800138000", "浙江省", "杭州市", "西湖区", "文三路 90 号 1 幢 501 室"));

        ChannelOrderPage page = plugin.channelOrders(new ChannelOrderQuery(before, clock.instant(), null));
        assertNull(page.nextCursor());
        assertEquals(1, page.orders().size());
        ChannelOrder order = page.orders().get(0);
        assertEquals(String.valueOf(tid), order.externalId());
        assertEquals(SimulatedCnMall.PAID, order.status());
        assertEquals(new ChannelOrder.Line("A2-MILK-900", 2, Price.of("238.50", "CNY")), order.lines().get(0));
        assertEquals(0, new BigDecimal("477.00").compareTo(order.total().amount()));
        assertEquals("王小明", order.buyer().realName());
        assertEquals("110101199003077578", order.buyer().idNumber());
        assertEquals("西湖区", order.delivery().district());
        assertEquals(SimulatedCnMall.PAY_COMPANY_CODE, order.payment().companyCode());
        assertEquals("2026" + tid, order.payment().transactionId());
        assertEquals(0, new BigDecimal("477.00").compareTo(order.payment().paid().amount()));
        // Logged, the order shows no whole name, ID number, mobile or street.
        String logged = order.toString();
        assertFalse(logged.contains("王小明") || logged.contains("110101199003077578") || logged.contains("13800138000")
                || logged.contains("文三路"), logged);

        assertTrue(plugin.channelOrders(new ChannelOrderQuery(before.minusSeconds(3600), before, null)).orders().isEmpty());
    }

    @Test
    void aShipmentIsConfirmedOnceWithTheCarriersTopCodeOrAsOtherByName() throws IOException {
        CnMallChannel plugin = started();
        plugin.upsertListing(listing("A2-MILK-900", "a2 白金版婴儿配方奶粉 900g", "238.50", 20));
        SimulatedCnMall.Buyer buyer = new SimulatedCnMall.Buyer("王小明", "110101199003077578", "13800138000", "浙江省",
                "杭州市", "西湖区", "文三路 90 号 1 幢 501 室");
        long byPost = sandbox.cnMall().placeOrder("A2-MILK-900", 1, buyer);
        long byFengchi = sandbox.cnMall().placeOrder("A2-MILK-900", 1, buyer);

        ItemResult posted = plugin.confirmShipment(new ShipmentConfirmation(String.valueOf(byPost), "postal-ems",
                "EA123456785CN", clock.instant()));
        assertEquals(ItemResult.Outcome.UPDATED, posted.outcome(), posted.messages().toString());
        assertEquals(String.valueOf(byPost), posted.sku());
        Map<String, Object> shipped = sandbox.cnMall().trade(byPost);
        assertEquals(SimulatedCnMall.SHIPPED, shipped.get("status"));
        assertEquals("EA123456785CN", shipped.get("out_sid"));
        assertEquals("EMS", shipped.get("company_code"));

        plugin.confirmShipment(new ShipmentConfirmation(String.valueOf(byFengchi), "fengchi-express", "FC0000000042",
                clock.instant()));
        Map<String, Object> other = sandbox.cnMall().trade(byFengchi);
        assertEquals(List.of("OTHER", "fengchi-express", "FC0000000042"),
                List.of(other.get("company_code"), other.get("company_name"), other.get("out_sid")));

        // A retry with the same number is answered as the first; another number for a shipped trade is refused.
        assertEquals(ItemResult.Outcome.UPDATED, plugin.confirmShipment(new ShipmentConfirmation(String.valueOf(byPost),
                "postal-ems", "EA123456785CN", clock.instant())).outcome());
        ItemResult otherNumber = plugin.confirmShipment(new ShipmentConfirmation(String.valueOf(byPost), "postal-ems",
                "EA999999995CN", clock.instant()));
        assertEquals(ItemResult.Outcome.REJECTED, otherNumber.outcome());
        assertTrue(otherNumber.messages().get(0).text().contains("isv.trade-status-not-allowed"), otherNumber.toString());
        assertEquals("EA123456785CN", sandbox.cnMall().trade(byPost).get("out_sid"));
        ItemResult noTrade = plugin.confirmShipment(new ShipmentConfirmation("1", "postal-ems", "EA1", clock.instant()));
        assertEquals("channel-refused", noTrade.messages().get(0).code());
    }

    @Test
    void aWrongSecretFailsTheWholeCall() throws IOException {
        Map<String, String> wrong = new HashMap<>(sandbox.settingsOf(CarrierSimulators.CN_MALL));
        wrong.put("app-secret", "not-the-secret");
        CnMallChannel plugin = started(wrong);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> plugin.channelOrders(new ChannelOrderQuery(Instant.EPOCH, Instant.now(), null)));
        assertTrue(refused.getMessage().contains("credentials"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-secret"));
    }
}
