package io.kuajing.plugin.cnmall;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.Json;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.ChannelOrderPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;

/**
 * A Tmall-like Chinese storefront as a sales CHANNEL for Kuajing's imported catalogue, through calls shaped like the
 * Taobao Open Platform's (simulated: {@code io.kuajing.sandbox.SimulatedCnMall}). Listings go out in Chinese, priced
 * in yuan, by outer_id = Kuajing's SKU ({@code taobao.items.custom.get}, then {@code taobao.item.add} or
 * {@code taobao.item.update}); trades come back by modification window ({@code taobao.trades.sold.increment.get},
 * {@code page_no} pages) with the cross-border buyer and the payment customs needs; a shipped trade is confirmed
 * with {@code taobao.logistics.offline.send} (the seller's own carrier: tid, tracking number, company code). Settings
 * ({@code kuajing.plugins.settings.cn-mall.*}): {@code base-url} (the router's origin), {@code app-key},
 * {@code app-secret} and {@code session} (secrets: the app's signing secret and the shop's session key).
 */
public final class CnMallChannel implements MarketplacePlugin {

    static final String ID = "cn-mall";
    /** Taobao's title limit: 60 bytes in GBK, where a Chinese character takes two. */
    static final int TITLE_BYTES = 60;
    private static final Charset GBK = Charset.forName("GBK");
    private static final int PAGE_SIZE = 50;
    /**
     * TOP's logistics company codes of Kuajing's carriers. Only China Post's EMS has one: Fengchi (an SF-like carrier)
     * and AeroLink are Kuajing's simulated carriers, and every carrier without a code goes as TOP's {@code OTHER},
     * named in words.
     */
    private static final Map<String, String> COMPANY_CODES = Map.of("postal-ems", "EMS",
            MarketplaceProfile.ANY_OTHER_CARRIER, "OTHER");
    private static final String TRADE_FIELDS = "tid,status,created,modified,pay_time,payment,post_fee,alipay_no,"
            + "pay_company_code,pay_company_name,buyer_real_name,buyer_cert_type,buyer_cert_no,receiver_name,"
            + "receiver_mobile,receiver_state,receiver_city,receiver_district,receiver_address,orders";

    private volatile PluginContext context;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "Chinese storefront (TOP-shaped, simulated Tmall-like)", "0.1.0", SpiVersion.CURRENT,
                EnumSet.of(Capability.LISTINGS, Capability.PRICE_STOCK, Capability.CHANNEL_ORDERS,
                        Capability.SHIPMENT_CONFIRMATION)).withSettings(
                PluginSetting.required("base-url", PluginSetting.Type.URL, "the storefront's open-platform origin (POST /router/rest)"),
                PluginSetting.required("app-key", PluginSetting.Type.STRING, "the app key the storefront issued"),
                PluginSetting.secret("app-secret", "the app's signing secret"),
                PluginSetting.secret("session", "the shop's session key (the seller's authorisation)"));
    }

    /** The simulated storefront's site: a reserved .test name, as it stands for no real shop. */
    @Override
    public MarketplaceProfile profile() {
        return new MarketplaceProfile(Set.of(MarketplaceRole.CHANNEL), List.of("cn-mall.test"), COMPANY_CODES);
    }

    @Override
    public void start(PluginContext context) {
        // Only remembered: the first call signs in, so loading the plugin never touches the network.
        this.context = context;
    }

    @Override
    public ItemResult upsertListing(Listing listing) {
        Message refusal = priceRefusal(listing.sku(), listing.price());
        if (refusal != null) {
            return rejected(listing.sku(), refusal);
        }
        List<Message> messages = new ArrayList<>();
        String title = title(listing, messages);
        Map<String, String> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("desc", listing.description() == null ? title : listing.description());
        item.put("price", yuan(listing.price()));
        item.put("num", String.valueOf(listing.stock()));
        TopRouter router = router();
        try {
            String numIid = numIid(router, listing.sku());
            if (numIid != null) {
                item.put("num_iid", numIid);
                router.call("taobao.item.update", item);
                return new ItemResult(listing.sku(), ItemResult.Outcome.UPDATED, numIid, messages);
            }
            item.put("outer_id", listing.sku());
            item.put("type", "fixed");
            item.put("stuff_status", "new");
            Map<String, Object> added = Json.object(router.call("taobao.item.add", item).get("item"));
            return new ItemResult(listing.sku(), ItemResult.Outcome.CREATED, String.valueOf(added.get("num_iid")), messages);
        } catch (TopRouter.Refusal refused) {
            return rejected(listing.sku(), channelRefused(listing.sku(), refused));
        }
    }

    @Override
    public List<ItemResult> pushPriceStock(List<PriceStockUpdate> updates) {
        TopRouter router = router();
        List<ItemResult> results = new ArrayList<>();
        for (PriceStockUpdate update : updates) {
            Message refusal = priceRefusal(update.sku(), update.price());
            if (refusal != null) {
                results.add(rejected(update.sku(), refusal));
                continue;
            }
            try {
                String numIid = numIid(router, update.sku());
                if (numIid == null) {
                    results.add(rejected(update.sku(), Message.error("not-listed", update.sku(),
                            "the storefront has no item with outer_id " + update.sku())));
                    continue;
                }
                Map<String, String> change = new LinkedHashMap<>();
                change.put("num_iid", numIid);
                if (update.price() != null) {
                    change.put("price", yuan(update.price()));
                }
                if (update.stock() != null) {
                    change.put("num", String.valueOf(update.stock()));
                }
                router.call("taobao.item.update", change);
                results.add(new ItemResult(update.sku(), ItemResult.Outcome.UPDATED, numIid, List.of()));
            } catch (TopRouter.Refusal refused) {
                results.add(rejected(update.sku(), channelRefused(update.sku(), refused)));
            }
        }
        return results;
    }

    /**
     * Trades modified in the window; the window goes out in whole seconds of Beijing time, widened (since down,
     * until up) so no trade of the window is left out: the host drops repeats.
     */
    @Override
    public ChannelOrderPage channelOrders(ChannelOrderQuery query) {
        int pageNo = query.cursor() == null ? 1 : Integer.parseInt(query.cursor());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fields", TRADE_FIELDS);
        parameters.put("start_modified", TopRouter.time(query.since().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("end_modified", TopRouter.time(query.until().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("page_no", String.valueOf(pageNo));
        parameters.put("page_size", String.valueOf(PAGE_SIZE));
        parameters.put("use_has_next", "true");
        Map<String, Object> answer;
        try {
            answer = router().call("taobao.trades.sold.increment.get", parameters);
        } catch (TopRouter.Refusal refused) {
            throw new IllegalStateException("the storefront refused the trade query: " + refused.subCode() + " "
                    + refused.getMessage());
        }
        List<ChannelOrder> orders = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        Object trades = answer.get("trades") == null ? null : Json.object(answer.get("trades")).get("trade");
        for (Object trade : trades == null ? List.of() : Json.array(trades)) {
            orders.add(TopTrades.channelOrder(Json.object(trade), messages));
        }
        boolean hasNext = Boolean.TRUE.equals(answer.get("has_next"));
        return new ChannelOrderPage(orders, messages, hasNext ? String.valueOf(pageNo + 1) : null);
    }

    /**
     * The trade left with Kuajing's carrier ({@code taobao.logistics.offline.send}): the storefront then shows the
     * buyer the tracking number. A carrier without a TOP code goes as {@code OTHER} with its Kuajing id as
     * {@code company_name}. The storefront answers a repeat with the same tracking number as the first, so a retry is
     * harmless; a refusal (unknown trade, already shipped under another number) is REJECTED with its sub_code.
     */
    @Override
    public ItemResult confirmShipment(ShipmentConfirmation confirmation) {
        String tid = confirmation.externalOrderId();
        String code = COMPANY_CODES.getOrDefault(confirmation.carrierId(),
                COMPANY_CODES.get(MarketplaceProfile.ANY_OTHER_CARRIER));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tid", tid);
        parameters.put("out_sid", confirmation.trackingNumber());
        parameters.put("company_code", code);
        if (code.equals("OTHER")) {
            parameters.put("company_name", confirmation.carrierId());
        }
        try {
            router().call("taobao.logistics.offline.send", parameters);
            return new ItemResult(tid, ItemResult.Outcome.UPDATED, confirmation.trackingNumber(), List.of());
        } catch (TopRouter.Refusal refused) {
            return rejected(tid, channelRefused(tid, refused));
        }
    }

    private static String numIid(TopRouter router, String sku) {
        Object items = router.call("taobao.items.custom.get", Map.of("outer_id", sku, "fields", "num_iid,outer_id"))
                .get("items");
        if (items == null) {
            return null;
        }
        List<Object> found = Json.array(Json.object(items).get("item"));
        return found.isEmpty() ? null : String.valueOf(Json.object(found.get(0)).get("num_iid"));
    }

    /**
     * The title as the storefront takes it: at most 60 GBK bytes, so a longer Chinese title is cut at a character
     * (with a warning) rather than refused; the description keeps the whole text.
     */
    static String title(Listing listing, List<Message> messages) {
        String title = listing.title().strip();
        if (title.getBytes(GBK).length <= TITLE_BYTES) {
            return title;
        }
        StringBuilder cut = new StringBuilder();
        title.codePoints().takeWhile(c -> (cut + Character.toString(c)).getBytes(GBK).length <= TITLE_BYTES)
                .forEach(cut::appendCodePoint);
        messages.add(Message.warning("title-shortened", listing.sku(), "the storefront takes 60 bytes of title (30"
                + " Chinese characters): cut to " + cut.length() + " characters"));
        return cut.toString();
    }

    /** The storefront sells in yuan to the fen: a price in another currency is refused, not converted. */
    static Message priceRefusal(String sku, Price price) {
        if (price == null) {
            return null;
        }
        if (!TopTrades.CNY.equals(price.currency())) {
            return Message.error("currency-not-cny", sku, "the storefront sells in CNY, not " + price.currency());
        }
        if (price.amount().signum() <= 0 || price.amount().stripTrailingZeros().scale() > 2) {
            return Message.error("bad-price", sku, "a price is positive yuan in whole fen: " + price.amount());
        }
        return null;
    }

    private static String yuan(Price price) {
        return price.amount().setScale(2).toPlainString();
    }

    private static ItemResult rejected(String sku, Message message) {
        return new ItemResult(sku, ItemResult.Outcome.REJECTED, null, List.of(message));
    }

    /** A refusal's code as the host shows it: the storefront's sub_code, as a message code. */
    private static Message channelRefused(String sku, TopRouter.Refusal refused) {
        return Message.error("channel-refused", sku, refused.subCode() + " " + refused.getMessage());
    }

    private TopRouter router() {
        PluginContext lent = context;
        if (lent == null) {
            throw new IllegalStateException("plugin " + ID + " was not started");
        }
        String base = lent.setting("base-url").orElseThrow();
        URI endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/router/rest");
        return new TopRouter(lent.http(), endpoint, lent.setting("app-key").orElseThrow(),
                lent.setting("app-secret").orElseThrow(), lent.setting("session").orElseThrow(), lent.clock());
    }
}
