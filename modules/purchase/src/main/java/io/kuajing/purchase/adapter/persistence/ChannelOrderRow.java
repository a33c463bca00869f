package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ChannelSales.ChannelSale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_channel_order}: the order taken from a channel's trade, its payment company, and the
 * shipment once confirmed back to the channel. Keyed by (channel, trade id); no {@code @Id}, since only native
 * statements touch it.
 */
@MappedEntity("purchase_channel_order")
record ChannelOrderRow(String channel, String channelOrderId, String orderNo, String payCompanyCode,
                       String payCompanyName, LocalDateTime takenAt, @Nullable String shippedCarrier,
                       @Nullable String shippedTracking, @Nullable LocalDateTime shipmentConfirmedAt) {

    ChannelSale sale() {
        return new ChannelSale(channel, channelOrderId, new OrderNumber(orderNo), payCompanyCode, payCompanyName,
                UtcTime.instant(takenAt));
    }
}
