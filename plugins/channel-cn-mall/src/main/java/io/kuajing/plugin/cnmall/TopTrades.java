package io.kuajing.plugin.cnmall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.marketplace.ChannelOrder;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Price;

/**
 * A storefront trade as a channel order: its sub-orders (outer_iid, num, unit price in yuan) as lines, the buyer as
 * the storefront verified them for cross-border sale, the receiver's province/city/district by name, and the payment
 * (payment company, transaction number, amount, time) once paid. Kuajing ships every trade (the storefront keeps no
 * stock), to China.
 */
final class TopTrades {

    static final String CNY = "CNY";

    private TopTrades() {
    }

    static ChannelOrder channelOrder(Map<String, Object> trade, List<Message> messages) {
        String tid = String.valueOf(trade.get("tid"));
        List<ChannelOrder.Line> lines = new ArrayList<>();
        Object orders = trade.get("orders") == null ? null : Json.object(trade.get("orders")).get("order");
        for (Object o : orders == null ? List.of() : Json.array(orders)) {
            Map<String, Object> order = Json.object(o);
            if (!(order.get("outer_iid") instanceof String sku) || sku.isBlank()) {
                messages.add(Message.warning("line-skipped", tid, "sub-order " + order.get("oid")
                        + " has no outer_iid: an item Kuajing did not list"));
                continue;
            }
            lines.add(new ChannelOrder.Line(sku, Json.number(order, "num").intValueExact(), yuan(order.get("price"))));
        }
        ChannelOrder.Buyer buyer = trade.get("buyer_cert_no") == null ? null : new ChannelOrder.Buyer(
                text(trade, "buyer_real_name"), text(trade, "buyer_cert_no"), text(trade, "receiver_mobile"));
        ChannelOrder.Delivery delivery = new ChannelOrder.Delivery(text(trade, "receiver_name"),
                text(trade, "receiver_mobile"), text(trade, "receiver_state"), text(trade, "receiver_city"),
                text(trade, "receiver_district"), text(trade, "receiver_address"));
        Price paid = yuan(trade.get("payment"));
        ChannelOrder.Payment payment = trade.get("pay_time") == null ? null : new ChannelOrder.Payment(
                text(trade, "pay_company_code"), text(trade, "pay_company_name"), text(trade, "alipay_no"), paid,
                TopRouter.instant(text(trade, "pay_time")));
        return new ChannelOrder(tid, TopRouter.instant(text(trade, "created")), TopRouter.instant(text(trade, "modified")),
                text(trade, "status"), lines, paid, "CN", ChannelOrder.Fulfilment.SELLER, buyer, delivery, payment);
    }

    /** TOP writes money as a string of yuan ("128.00"). */
    private static Price yuan(Object amount) {
        return new Price(new BigDecimal(String.valueOf(amount)), CNY);
    }

    private static String text(Map<String, Object> trade, String field) {
        return trade.get(field) instanceof String s && !s.isBlank() ? s : null;
    }
}
