package io.kuajing.purchase.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.kuajing.platform.Transactions;
import io.kuajing.purchase.OrderMoved;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ChannelSales;
import io.kuajing.purchase.domain.ChannelSales.ChannelSale;
import io.kuajing.purchase.domain.SalesChannel;
import jakarta.inject.Singleton;

/**
 * A channel's trade shipped: the channel is told the carrier and the tracking number, so its buyer sees them. The
 * number is the waybill the order shipped with ({@link OrderMoved} SHIPPED, or DELIVERED when the dispatch scan never
 * came): the leg that left after customs' release, the one that reaches the buyer. Its carrier is the logistics leg
 * of that waybill. Confirmed once per trade, recorded on the sale: a redelivered event finds it recorded and calls
 * nothing. A channel that does not answer, or refuses, throws, and the outbox delivers the event again with
 * backoff; the channel answers a repeat of the same number as the first, so a confirmation whose record was lost
 * is simply sent again.
 */
@Singleton
class ConfirmingChannelShipments implements EventHandler<OrderMoved> {

    private static final Set<String> LEFT = Set.of("SHIPPED", "DELIVERED");

    private final ChannelSales sales;
    private final SalesChannel channels;
    private final Shipments shipments;
    private final Transactions transactions;
    private final Clock clock;

    ConfirmingChannelShipments(ChannelSales sales, SalesChannel channels, Shipments shipments, Transactions transactions,
                               Clock clock) {
        this.sales = sales;
        this.channels = channels;
        this.shipments = shipments;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "purchase.confirm-channel-shipment";
    }

    @Override
    public Class<OrderMoved> eventType() {
        return OrderMoved.class;
    }

    @Override
    public void handle(OrderMoved event, EventMetadata metadata) {
        confirm(event);
    }

    /** Tells the trade's channel the order shipped, unless it is no channel's trade or was confirmed before. */
    void confirm(OrderMoved moved) {
        if (!LEFT.contains(moved.status()) || moved.waybillNumber() == null) {
            return;
        }
        OrderNumber orderNo = new OrderNumber(moved.orderNo());
        Optional<ChannelSale> sale = transactions.read(() -> sales.ofOrder(orderNo)
                .filter(s -> !sales.shipmentConfirmed(orderNo)));
        if (sale.isEmpty()) {
            return;
        }
        String carrier = shipments.forOrder(moved.orderNo()).stream()
                .filter(leg -> moved.waybillNumber().equals(leg.waybillNumber())).map(ShipmentView::carrierId)
                .findFirst().orElseThrow(() -> new IllegalStateException("order " + moved.orderNo()
                        + " shipped under a waybill no leg of its shipments has"));
        // Outside the database's work of this handler, but within the outbox's transaction: one call, bounded by the
        // plugin's timeout.
        SalesChannel.Confirmed confirmed = channels.confirmShipment(sale.get().channel(), sale.get().channelOrderId(),
                carrier, moved.waybillNumber(), moved.at());
        if (!confirmed.accepted()) {
            throw new IllegalStateException(sale.get().channel() + " refused the shipment of trade "
                    + sale.get().channelOrderId() + ": " + confirmed.remarks());
        }
        transactions.write(() -> sales.shipmentConfirmed(orderNo, carrier, moved.waybillNumber(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
