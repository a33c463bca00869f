package io.kuajing.purchase.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ChannelSales;
import jakarta.inject.Singleton;

/** Orders taken from channels' trades, in purchase_channel_order (keyed by channel and trade id). */
@Singleton
class JdbcChannelSales implements ChannelSales {

    private final ChannelOrderRows rows;

    JdbcChannelSales(ChannelOrderRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<ChannelSale> ofTrade(String channel, String channelOrderId) {
        return rows.ofTrade(channel, channelOrderId).map(ChannelOrderRow::sale);
    }

    @Override
    public Optional<ChannelSale> ofOrder(OrderNumber orderNo) {
        return rows.ofOrder(orderNo.value()).map(ChannelOrderRow::sale);
    }

    @Override
    public void add(ChannelSale sale) {
        rows.insert(sale.channel(), sale.channelOrderId(), sale.orderNo().value(), sale.payCompanyCode(),
                sale.payCompanyName(), UtcTime.of(sale.takenAt()));
    }

    @Override
    public boolean shipmentConfirmed(OrderNumber orderNo) {
        return rows.ofOrder(orderNo.value()).map(row -> row.shipmentConfirmedAt() != null).orElse(false);
    }

    @Override
    public boolean shipmentConfirmed(OrderNumber orderNo, String carrierId, String trackingNumber, Instant confirmedAt) {
        return rows.confirmShipment(orderNo.value(), carrierId, trackingNumber, UtcTime.of(confirmedAt)) == 1;
    }
}
