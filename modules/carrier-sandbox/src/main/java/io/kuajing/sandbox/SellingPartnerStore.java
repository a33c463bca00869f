package io.kuajing.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.sandbox.SimulatedSellingPartner.Refused;

/**
 * What a simulated store holds for its one seller: listings items (attributes as sent), the buyers' orders and
 * the seller's shipment confirmations, and the getOrders pages handed out ({@code NextToken} names the rest of a
 * query, as Amazon's opaque token does). Synchronized: the store is small and every change touches two of them.
 */
final class SellingPartnerStore {

    private record ListingsItem(String asin, String productType, Map<String, Object> attributes, Instant created,
                                Instant updated) {
    }

    private record OrderItem(String orderItemId, String sku, String asin, String title, int quantity, BigDecimal unitPrice) {
    }

    private static final class Order {
        final String id;
        final Instant purchased;
        final String channel;
        final String country;
        final Map<String, String> address;
        final List<OrderItem> items;
        Instant updated;
        String status;
        final List<Map<String, Object>> shipments = new ArrayList<>();

        Order(String id, Instant purchased, String channel, Map<String, String> address, List<OrderItem> items) {
            this.id = id;
            this.purchased = purchased;
            this.updated = purchased;
            this.channel = channel;
            this.country = address.get("CountryCode");
            this.address = Map.copyOf(address);
            this.items = items;
            // Amazon ships its own (AFN) orders; the seller ships and confirms merchant-fulfilled (MFN) ones.
            this.status = channel.equals("AFN") ? "Shipped" : "Unshipped";
        }
    }

    private record Query(Instant after, Instant before, int perPage, int offset) {
    }

    private final Clock clock;
    private final SellingPartnerMarketplace marketplace;
    private final Map<String, ListingsItem> listings = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, Query> tokens = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong(4_000_000);

    SellingPartnerStore(Clock clock, SellingPartnerMarketplace marketplace) {
        this.clock = clock;
        this.marketplace = marketplace;
    }

    String submissionId() {
        return "sub-" + serial.incrementAndGet();
    }

    synchronized boolean listed(String sku) {
        return listings.containsKey(sku);
    }

    synchronized void putListing(String sku, String productType, Map<String, Object> attributes) {
        Instant now = clock.instant();
        ListingsItem known = listings.get(sku);
        String asin = known != null ? known.asin() : "B0" + String.format("%08d", serial.incrementAndGet());
        listings.put(sku, new ListingsItem(asin, productType, new LinkedHashMap<>(attributes),
                known != null ? known.created() : now, now));
    }

    synchronized void patchListing(String sku, Map<String, Object> changes) {
        ListingsItem known = listings.get(sku);
        Map<String, Object> attributes = new LinkedHashMap<>(known.attributes());
        changes.forEach((name, value) -> {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        });
        listings.put(sku, new ListingsItem(known.asin(), known.productType(), attributes, known.created(), clock.instant()));
    }

    /** The listings item as getListingsItem answers it, with the parts asked for in {@code includedData}. */
    synchronized Optional<Map<String, Object>> item(String sku, String marketplace, Set<String> included) {
        ListingsItem item = listings.get(sku);
        if (item == null) {
            return Optional.empty();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sku", sku);
        if (included.contains("summaries")) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("marketplaceId", marketplace);
            summary.put("asin", item.asin());
            summary.put("productType", item.productType());
            summary.put("conditionType", "new_new");
            summary.put("status", stock(item) > 0 ? List.of("BUYABLE", "DISCOVERABLE") : List.of("DISCOVERABLE"));
            summary.put("itemName", text(item.attributes().get("item_name")));
            summary.put("createdDate", item.created().toString());
            summary.put("lastUpdatedDate", item.updated().toString());
            answer.put("summaries", List.of(summary));
        }
        if (included.contains("attributes")) {
            answer.put("attributes", item.attributes());
        }
        if (included.contains("offers")) {
            answer.put("offers", List.of(Map.of("marketplaceId", marketplace, "offerType", "B2C",
                    "price", Map.of("currencyCode", this.marketplace.currency(), "amount", price(item).toPlainString()))));
        }
        if (included.contains("fulfillmentAvailability")) {
            answer.put("fulfillmentAvailability", List.of(Map.of("fulfillmentChannelCode", "DEFAULT", "quantity", stock(item))));
        }
        return Optional.of(answer);
    }

    /**
     * A buyer's address the store holds, as the Orders API's Address model shapes it (Name, AddressLine1/2, City,
     * StateOrRegion, PostalCode, CountryCode, Phone): made-up people at real-looking addresses of the two stores'
     * countries, anything else with its country only.
     */
    static Map<String, String> sampleAddress(String country) {
        return switch (country) {
            case "US" -> Map.of("Name", "Jane Doe", "AddressLine1", "410 Terry Ave N", "AddressLine2", "Apt 5",
                    "City", "Seattle", "StateOrRegion", "WA", "PostalCode", "98109-5210", "CountryCode", "US",
                    "Phone", "+1 206-555-0100");
            case "JP" -> Map.of("Name", "山田 太郎", "AddressLine1", "霞が関1-3-2", "City", "千代田区",
                    "StateOrRegion", "東京都", "PostalCode", "100-0013", "CountryCode", "JP", "Phone", "03-5555-0100");
            default -> Map.of("CountryCode", country);
        };
    }

    synchronized String placeOrder(String sku, int quantity, Map<String, String> address, String channel) {
        ListingsItem item = listings.get(sku);
        if (item == null || quantity <= 0 || stock(item) < quantity) {
            throw new IllegalArgumentException("the store cannot sell " + quantity + " of " + sku);
        }
        Map<String, Object> attributes = new LinkedHashMap<>(item.attributes());
        attributes.put("fulfillment_availability", List.of(Map.of("fulfillment_channel_code", "DEFAULT",
                "quantity", BigDecimal.valueOf(stock(item) - quantity))));
        listings.put(sku, new ListingsItem(item.asin(), item.productType(), attributes, item.created(), clock.instant()));
        long n = serial.incrementAndGet();
        String id = String.format("%s-%07d-%07d", marketplace.orderIdPrefix(), n % 10_000_000, (n * 7919) % 10_000_000);
        orders.put(id, new Order(id, clock.instant().truncatedTo(ChronoUnit.SECONDS), channel, address,
                List.of(new OrderItem(String.format("%014d", n), sku, item.asin(), text(item.attributes().get("item_name")),
                        quantity, price(item)))));
        return id;
    }

    /** The first getOrders page of orders last updated in [after, before]. */
    synchronized Map<String, Object> orders(Instant after, Instant before, int perPage) {
        Map<String, Object> page = page(new Query(after, before, perPage, 0));
        page.put("LastUpdatedBefore", before.toString());
        return page;
    }

    /** The page a NextToken stands for; an unknown token is refused as Amazon refuses an expired one. */
    synchronized Map<String, Object> ordersPage(String token) {
        Query query = tokens.remove(token);
        if (query == null) {
            throw new Refused(400, "InvalidInput", "Invalid NextToken.");
        }
        return page(query);
    }

    /** getOrderAddress: the buyer's shipping address (a restricted operation: Amazon asks for a Restricted Data Token). */
    synchronized Map<String, Object> orderAddress(String orderId) {
        Order order = existing(orderId);
        return Map.of("AmazonOrderId", order.id, "ShippingAddress", order.address);
    }

    synchronized Map<String, Object> orderItems(String orderId) {
        Order order = existing(orderId);
        List<Object> items = new ArrayList<>();
        for (OrderItem i : order.items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("ASIN", i.asin());
            item.put("SellerSKU", i.sku());
            item.put("OrderItemId", i.orderItemId());
            item.put("Title", i.title());
            item.put("QuantityOrdered", i.quantity());
            item.put("QuantityShipped", order.status.equals("Shipped") ? i.quantity() : 0);
            // The model: ItemPrice "is equal to the selling price of the item multiplied by the quantity ordered".
            item.put("ItemPrice", money(i.unitPrice().multiply(BigDecimal.valueOf(i.quantity()))));
            items.add(item);
        }
        return Map.of("AmazonOrderId", order.id, "OrderItems", items);
    }

    synchronized void confirm(String orderId, Map<String, Object> packageDetail, Map<String, Integer> quantities) {
        Order order = existing(orderId);
        boolean repeat = order.shipments.stream().anyMatch(s -> s.get("packageReferenceId").equals(packageDetail.get("packageReferenceId"))
                && s.get("trackingNumber").equals(packageDetail.get("trackingNumber")));
        if (repeat) {
            return;
        }
        if (!order.status.equals("Unshipped")) {
            throw new Refused(400, "InvalidInput", "order " + orderId + " is " + order.status + ": nothing to confirm");
        }
        for (var q : quantities.entrySet()) {
            boolean matches = order.items.stream().anyMatch(i -> i.orderItemId().equals(q.getKey()) && i.quantity() == q.getValue());
            if (!matches) {
                throw new Refused(400, "InvalidInput", "order item " + q.getKey() + " with quantity " + q.getValue()
                        + " is not in order " + orderId);
            }
        }
        order.shipments.add(Map.copyOf(packageDetail));
        order.status = "Shipped";
        order.updated = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    synchronized List<Map<String, Object>> shipments(String orderId) {
        Order order = orders.get(orderId);
        return order == null ? List.of() : List.copyOf(order.shipments);
    }

    private Map<String, Object> page(Query query) {
        List<Order> matching = orders.values().stream()
                .filter(o -> !o.updated.isBefore(query.after()) && !o.updated.isAfter(query.before()))
                .sorted(Comparator.comparing((Order o) -> o.updated).thenComparing(o -> o.id))
                .toList();
        int to = Math.min(matching.size(), query.offset() + query.perPage());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("Orders", matching.subList(query.offset(), to).stream().map(this::order).toList());
        if (to < matching.size()) {
            String token = "nt-" + serial.incrementAndGet();
            tokens.put(token, new Query(query.after(), query.before(), query.perPage(), to));
            page.put("NextToken", token);
        }
        return page;
    }

    private Map<String, Object> order(Order o) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("AmazonOrderId", o.id);
        order.put("PurchaseDate", o.purchased.toString());
        order.put("LastUpdateDate", o.updated.toString());
        order.put("OrderStatus", o.status);
        order.put("FulfillmentChannel", o.channel);
        order.put("SalesChannel", marketplace.salesChannel());
        BigDecimal total = o.items.stream().map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        order.put("OrderTotal", money(total));
        int count = o.items.stream().mapToInt(OrderItem::quantity).sum();
        order.put("NumberOfItemsShipped", o.status.equals("Shipped") ? count : 0);
        order.put("NumberOfItemsUnshipped", o.status.equals("Shipped") ? 0 : count);
        order.put("MarketplaceId", marketplace.marketplaceId());
        // Without a Restricted Data Token Amazon leaves the buyer's name and street out: the country is what a
        // seller's order poll sees, and all Kuajing needs to declare the export.
        order.put("ShippingAddress", Map.of("CountryCode", o.country));
        return order;
    }

    private Order existing(String orderId) {
        Order order = orders.get(orderId);
        if (order == null) {
            throw new Refused(404, "NotFound", "Order " + orderId + " not found.");
        }
        return order;
    }

    private Map<String, Object> money(BigDecimal amount) {
        return Map.of("CurrencyCode", marketplace.currency(),
                "Amount", amount.setScale(marketplace.currencyScale(), RoundingMode.UNNECESSARY).toPlainString());
    }

    private static int stock(ListingsItem item) {
        Object quantity = first(item.attributes().get("fulfillment_availability")).get("quantity");
        return quantity instanceof BigDecimal q ? q.intValue() : 0;
    }

    private static BigDecimal price(ListingsItem item) {
        Map<String, Object> ourPrice = first(first(item.attributes().get("purchasable_offer")).get("our_price"));
        return (BigDecimal) first(ourPrice.get("schedule")).get("value_with_tax");
    }

    private static String text(Object attribute) {
        Object value = first(attribute).get("value");
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> first(Object value) {
        Map<String, Object> first = PlainJson.first(value);
        return first == null ? Map.of() : first;
    }
}
