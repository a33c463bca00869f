package io.kuajing.plugin.marketplace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of channel orders; {@code nextCursor} is null on the last page. */
public record ChannelOrderPage(List<ChannelOrder> orders, List<Message> messages, String nextCursor) {

    public ChannelOrderPage {
        orders = List.copyOf(orders);
        messages = List.copyOf(messages);
    }

    /**
     * The orders with one entry per external id, the most recently updated winning: what the host keeps when pages or
     * overlapping windows repeat an order.
     */
    public static List<ChannelOrder> distinct(List<ChannelOrder> orders) {
        Map<String, ChannelOrder> byId = new LinkedHashMap<>();
        for (ChannelOrder order : orders) {
            byId.merge(order.externalId(), order,
                    (known, seen) -> seen.updatedAt().isAfter(known.updatedAt()) ? seen : known);
        }
        return new ArrayList<>(byId.values());
    }
}
