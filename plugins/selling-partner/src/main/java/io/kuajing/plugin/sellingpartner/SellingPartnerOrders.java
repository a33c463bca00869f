package io.kuajing.plugin.sellingpartner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;

/**
 * Orders v0 as an Amazon store answers them, mapped to channel orders: an {@code Order} and its {@code OrderItem}s become
 * a {@link ChannelOrder} whose lines carry the unit price (Amazon's {@code ItemPrice} is the price of the whole
 * quantity), the ship-to country and who fulfils it (AFN: Amazon, MFN: the seller); and the shipment confirmation.
 */
final class SellingPartnerOrders {

    /** One page of getOrders (orders, without their items) or getOrderItems (items), and the token of the next. */
    record Page(List<Map<String, Object>> entries, String nextToken) {
    }

    private final AmazonStore store;

    SellingPartnerOrders(AmazonStore store) {
        this.store = store;
    }

    static Page orders(String answer) {
        return page(answer, "Orders");
    }

    static Page items(String answer) {
        return page(answer, "OrderItems");
    }

    static String orderId(Map<String, Object> order) {
        return Json.string(order, "AmazonOrderId");
    }

    private static Page page(String answer, String field) {
        Map<String, Object> payload = Json.object(Json.object(Json.parse(answer)).get("payload"));
        List<Map<String, Object>> entries = new ArrayList<>();
        Json.array(payload.get(field)).forEach(o -> entries.add(Json.object(o)));
        Object next = payload.get("NextToken");
        return new Page(entries, next instanceof String token && !token.isEmpty() ? token : null);
    }

    /**
     * The order with its items; lines without a seller SKU (not listed by Kuajing) or with nothing ordered are left
     * out with a message, since a line Kuajing cannot name cannot become an export order line.
     */
    ChannelOrder channelOrder(Map<String, Object> order, List<Map<String, Object>> items, List<Message> messages) {
        return channelOrder(order, items, null, messages);
    }

    /**
     * The order with its items and, for an order the seller ships, the buyer's address as getOrderAddress answers it
     * ({@code payload}; null when not asked): the name, the address lines joined by a space (USPS Publication 28 puts a
     * secondary unit on the delivery line), the city, the state or prefecture, the postal code and the phone.
     */
    ChannelOrder channelOrder(Map<String, Object> order, List<Map<String, Object>> items, Map<String, Object> orderAddress,
                              List<Message> messages) {
        String id = orderId(order);
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Object sku = item.get("SellerSKU");
            int quantity = Json.number(item, "QuantityOrdered").intValueExact();
            if (!(sku instanceof String s) || quantity <= 0) {
                messages.add(Message.warning("line-skipped", id, "order item " + item.get("OrderItemId")
                        + " has no seller SKU or no quantity ordered"));
                continue;
            }
            lines.add(new ChannelOrder.Line(s, quantity, unitPrice(id, item, quantity, messages)));
        }
        Map<String, Object> address = order.get("ShippingAddress") == null ? Map.of() : Json.object(order.get("ShippingAddress"));
        Object country = address.get("CountryCode");
        Object channel = order.get("FulfillmentChannel");
        return new ChannelOrder(id, Instant.parse(Json.string(order, "PurchaseDate")),
                Instant.parse(Json.string(order, "LastUpdateDate")), Json.string(order, "OrderStatus"), lines,
                order.get("OrderTotal") != null ? money(Json.object(order.get("OrderTotal"))) : sum(lines),
                country instanceof String c ? c : null,
                "AFN".equals(channel) ? ChannelOrder.Fulfilment.CHANNEL
                        : "MFN".equals(channel) ? ChannelOrder.Fulfilment.SELLER : null, null, delivery(orderAddress), null);
    }

    static boolean shippedBySeller(Map<String, Object> order) {
        return "MFN".equals(order.get("FulfillmentChannel"));
    }

    private static ChannelOrder.Delivery delivery(Map<String, Object> orderAddress) {
        if (orderAddress == null || !(orderAddress.get("ShippingAddress") instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> a = Json.object(orderAddress.get("ShippingAddress"));
        String lines = java.util.stream.Stream.of("AddressLine1", "AddressLine2", "AddressLine3")
                .map(a::get).filter(v -> v instanceof String t && !t.isBlank()).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(" "));
        return new ChannelOrder.Delivery(text(a, "Name"), text(a, "Phone"), text(a, "StateOrRegion"), text(a, "City"),
                null, lines.isEmpty() ? null : lines, text(a, "PostalCode"));
    }

    private static String text(Map<String, Object> map, String key) {
        return map.get(key) instanceof String s && !s.isBlank() ? s : null;
    }

    /** The confirmShipment body: one package holding every item of the order in its ordered quantity. */
    String confirmation(ShipmentConfirmation confirmation, String carrierCode, List<Map<String, Object>> items) {
        List<Object> packageItems = new ArrayList<>();
        for (Map<String, Object> item : items) {
            packageItems.add(Map.of("orderItemId", Json.string(item, "OrderItemId"),
                    "quantity", Json.number(item, "QuantityOrdered")));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        // The model: "Only positive numeric values are supported"; Kuajing ships an export order as one parcel.
        detail.put("packageReferenceId", "1");
        detail.put("carrierCode", carrierCode);
        detail.put("trackingNumber", confirmation.trackingNumber());
        detail.put("shipDate", confirmation.shippedAt().toString());
        detail.put("orderItems", packageItems);
        return Json.write(Map.of("marketplaceId", store.marketplaceId(), "packageDetail", detail));
    }

    private Price unitPrice(String orderId, Map<String, Object> item, int quantity, List<Message> messages) {
        Price whole = money(Json.object(item.get("ItemPrice")));
        try {
            return new Price(whole.amount().divide(BigDecimal.valueOf(quantity)), whole.currency());
        } catch (ArithmeticException inexact) {
            messages.add(Message.warning("unit-price-rounded", orderId, "item price " + whole.amount() + " for "
                    + quantity + " does not divide into " + store.currency() + " at " + store.currencyScale() + " decimals each; rounded"));
            return new Price(whole.amount().divide(BigDecimal.valueOf(quantity), store.currencyScale(), RoundingMode.HALF_UP),
                    whole.currency());
        }
    }

    /** A pending order has no OrderTotal yet: its lines' sum stands in (in the store's currency when none). */
    private Price sum(List<ChannelOrder.Line> lines) {
        BigDecimal total = lines.stream().map(l -> l.unitPrice().amount().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Price(total, lines.isEmpty() ? store.currency() : lines.get(0).unitPrice().currency());
    }

    private static Price money(Map<String, Object> money) {
        return new Price(new BigDecimal(Json.string(money, "Amount")), Json.string(money, "CurrencyCode"));
    }
}
