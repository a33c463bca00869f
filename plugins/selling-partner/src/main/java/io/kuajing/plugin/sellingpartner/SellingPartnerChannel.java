package io.kuajing.plugin.sellingpartner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.HttpTransport;
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
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;

/**
 * An Amazon store as a sales CHANNEL through the Selling Partner API: listings (put), price and stock (JSON Patch of
 * the listings item), orders changed in a window (getOrders by LastUpdatedAfter, NextToken pages, getOrderItems per
 * order) and shipment confirmations. The calls are the same on every store; the {@link AmazonStore} says what
 * differs (marketplace id, currency and its scale, weight unit, endpoint). A plugin is this with its id and store:
 * {@code public Plugin() { super("jp-spapi", "...", AmazonStore.JAPAN, carrierCodes); }}.
 *
 * <p>Settings ({@code kuajing.plugins.settings.<id>.*}): {@code base-url} (default the store's regional endpoint),
 * {@code seller-id}, {@code access-token} (secret, the LWA token sent as {@code x-amz-access-token}). A refused item
 * comes back as a REJECTED result with Amazon's issues; a call refused as a whole for the seller's credentials, or
 * a store that does not answer, throws.
 */
public abstract class SellingPartnerChannel implements MarketplacePlugin {

    private static final String ORDERS = "/orders/v0/orders";

    private final String id;
    private final String name;
    private final AmazonStore store;
    /** Amazon's carrier codes for the Kuajing carriers that hand parcels to the store's buyers. */
    private final Map<String, String> carrierCodes;
    private final SellingPartnerListings listings;
    private final SellingPartnerOrders orderShapes;
    private volatile PluginContext context;

    protected SellingPartnerChannel(String id, String name, AmazonStore store, Map<String, String> carrierCodes) {
        this.id = id;
        this.name = name;
        this.store = store;
        this.carrierCodes = Map.copyOf(carrierCodes);
        this.listings = new SellingPartnerListings(store);
        this.orderShapes = new SellingPartnerOrders(store);
    }

    @Override
    public final PluginDescriptor descriptor() {
        return new PluginDescriptor(id, name, "0.1.0", SpiVersion.CURRENT,
                EnumSet.of(Capability.LISTINGS, Capability.PRICE_STOCK, Capability.CHANNEL_ORDERS,
                        Capability.SHIPMENT_CONFIRMATION)).withSettings(
                PluginSetting.optional("base-url", PluginSetting.Type.URL,
                        "the Selling Partner API endpoint, default " + store.endpoint()),
                PluginSetting.required("seller-id", PluginSetting.Type.STRING, "the selling partner (merchant) id"),
                PluginSetting.secret("access-token", "the Login with Amazon access token for the seller"));
    }

    @Override
    public MarketplaceProfile profile() {
        return new MarketplaceProfile(Set.of(MarketplaceRole.CHANNEL), List.of(store.site()), carrierCodes);
    }

    @Override
    public void start(PluginContext context) {
        // Only remembered: the first call authenticates, so loading the plugin never touches the network.
        this.context = context;
    }

    @Override
    public ItemResult upsertListing(Listing listing) {
        Message refusal = listings.refusal(listing);
        if (refusal != null) {
            return new ItemResult(listing.sku(), ItemResult.Outcome.REJECTED, null, List.of(refusal));
        }
        HttpTransport.Response response = call("PUT", listingPath(listing.sku()), listings.putBody(listing));
        return response.isSuccess() ? listings.result(listing.sku(), response.bodyText())
                : refused(listing.sku(), response);
    }

    @Override
    public List<ItemResult> pushPriceStock(List<PriceStockUpdate> updates) {
        List<ItemResult> results = new ArrayList<>();
        for (PriceStockUpdate update : updates) {
            Message refusal = listings.priceRefusal(update.sku(), update.price());
            if (refusal != null) {
                results.add(new ItemResult(update.sku(), ItemResult.Outcome.REJECTED, null, List.of(refusal)));
                continue;
            }
            HttpTransport.Response response = call("PATCH", listingPath(update.sku()), listings.patchBody(update));
            results.add(response.isSuccess() ? listings.result(update.sku(), response.bodyText())
                    : refused(update.sku(), response));
        }
        return results;
    }

    @Override
    public ChannelOrderPage channelOrders(ChannelOrderQuery query) {
        String parameters = "?MarketplaceIds=" + store.marketplaceId() + (query.cursor() != null
                ? "&NextToken=" + encode(query.cursor())
                : "&LastUpdatedAfter=" + query.since() + "&LastUpdatedBefore=" + query.until());
        SellingPartnerOrders.Page page = SellingPartnerOrders.orders(required(call("GET", ORDERS + parameters, null)).bodyText());
        List<ChannelOrder> orders = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (Map<String, Object> order : page.entries()) {
            String id = SellingPartnerOrders.orderId(order);
            orders.add(orderShapes.channelOrder(order, items(id),
                    SellingPartnerOrders.shippedBySeller(order) ? address(id) : null, messages));
        }
        return new ChannelOrderPage(orders, messages, page.nextToken());
    }

    @Override
    public ItemResult confirmShipment(ShipmentConfirmation confirmation) {
        String orderId = confirmation.externalOrderId();
        String carrierCode = carrierCodes.get(confirmation.carrierId());
        if (carrierCode == null) {
            return new ItemResult(orderId, ItemResult.Outcome.REJECTED, null, List.of(Message.error("carrier-unmapped",
                    orderId, store.site() + " has no carrier code for " + confirmation.carrierId())));
        }
        String body = orderShapes.confirmation(confirmation, carrierCode, items(orderId));
        HttpTransport.Response response = call("POST", ORDERS + "/" + encode(orderId) + "/shipmentConfirmation", body);
        return response.isSuccess() ? new ItemResult(orderId, ItemResult.Outcome.UPDATED, null, List.of())
                : refused(orderId, response);
    }

    /**
     * getOrderAddress of an order the seller ships: the label needs the buyer's name and street, which getOrders
     * leaves out. (Amazon asks for a Restricted Data Token on this operation; the token is the configured one here.)
     */
    private Map<String, Object> address(String orderId) {
        String body = required(call("GET", ORDERS + "/" + encode(orderId) + "/address", null)).bodyText();
        return Json.object(Json.object(Json.parse(body)).get("payload"));
    }

    private List<Map<String, Object>> items(String orderId) {
        List<Map<String, Object>> items = new ArrayList<>();
        String token = null;
        do {
            String path = ORDERS + "/" + encode(orderId) + "/orderItems" + (token == null ? "" : "?NextToken=" + encode(token));
            SellingPartnerOrders.Page page = SellingPartnerOrders.items(required(call("GET", path, null)).bodyText());
            items.addAll(page.entries());
            token = page.nextToken();
        } while (token != null);
        return items;
    }

    /** An item the store refused as a whole: Amazon's ErrorList as messages, retryable when throttled or down. */
    private ItemResult refused(String sku, HttpTransport.Response response) {
        List<Message> messages = new ArrayList<>();
        String text = errors(response);
        if (response.status() == 429 || response.status() >= 500) {
            messages.add(Message.retryable("channel-unavailable", sku, store.site() + " answered HTTP " + response.status() + text));
        } else {
            messages.add(Message.error("channel-refused", sku, store.site() + " answered HTTP " + response.status() + text));
        }
        return new ItemResult(sku, ItemResult.Outcome.REJECTED, null, messages);
    }

    private static String errors(HttpTransport.Response response) {
        try {
            List<String> texts = new ArrayList<>();
            for (Object e : Json.array(Json.object(Json.parse(response.bodyText())).get("errors"))) {
                texts.add(Json.string(Json.object(e), "code") + " " + Json.string(Json.object(e), "message"));
            }
            return ": " + String.join("; ", texts);
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private HttpTransport.Response required(HttpTransport.Response response) {
        if (!response.isSuccess()) {
            throw new IllegalStateException(store.site() + " answered HTTP " + response.status() + errors(response));
        }
        return response;
    }

    private PluginContext lent() {
        PluginContext lent = context;
        if (lent == null) {
            throw new IllegalStateException("plugin " + id + " was not started");
        }
        return lent;
    }

    private HttpTransport.Response call(String method, String pathAndQuery, String json) {
        PluginContext lent = lent();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-amz-access-token", List.of(lent.setting("access-token").orElseThrow()));
        headers.put("Accept", List.of("application/json"));
        if (json != null) {
            headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        }
        String base = lent.setting("base-url").orElse(store.endpoint());
        URI uri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
        try {
            HttpTransport.Response response = lent.http().send(new HttpTransport.Request(method, uri, headers,
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(15)));
            if (response.status() == 401 || response.status() == 403) {
                throw new IllegalStateException(store.site() + " refused the seller's credentials (HTTP " + response.status()
                        + "): check seller-id and access-token");
            }
            return response;
        } catch (IOException e) {
            // The exception's text may carry the URL; its type is enough to act on.
            throw new UncheckedIOException(store.site() + " unreachable (" + e.getClass().getSimpleName() + ")",
                    new IOException(e.getClass().getSimpleName()));
        }
    }

    private String listingPath(String sku) {
        return "/listings/2021-08-01/items/" + encode(lent().setting("seller-id").orElseThrow()) + "/" + encode(sku)
                + "?marketplaceIds=" + store.marketplaceId();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
