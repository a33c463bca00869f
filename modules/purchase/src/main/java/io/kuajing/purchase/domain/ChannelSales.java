package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.purchase.OrderNumber;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The orders taken from sales channels' trades: one order per channel order id, however often a window is pulled,
 * and the channel's payment company, which customs is told with the channel as the e-commerce platform.
 */
@Repository
public interface ChannelSales {

    Optional<ChannelSale> ofTrade(String channel, String channelOrderId);

    Optional<ChannelSale> ofOrder(OrderNumber orderNo);

    /** Records the sale; a second sale of the same trade fails on the key (the transaction then rolls back). */
    void add(ChannelSale sale);

    /** Whether the shipment of the order was confirmed to its channel. */
    boolean shipmentConfirmed(OrderNumber orderNo);

    /**
     * Records that the channel took the shipment (the carrier, the tracking number it shows, when), once: false
     * when it was recorded before.
     */
    boolean shipmentConfirmed(OrderNumber orderNo, String carrierId, String trackingNumber, Instant confirmedAt);

    record ChannelSale(String channel, String channelOrderId, OrderNumber orderNo, String payCompanyCode,
                       String payCompanyName, Instant takenAt) {
    }
}
