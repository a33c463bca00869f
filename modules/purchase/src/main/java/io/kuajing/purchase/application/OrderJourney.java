package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.CancelRequest;
import io.kuajing.customs.DeclarationCancelled;
import io.kuajing.customs.DeclarationParked;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.OrderToDeclare;
import io.kuajing.customs.Person;
import io.kuajing.customs.RequestRefused;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.UnitWeight;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.EventDeferred;
import io.kuajing.platform.Outbox;
import io.kuajing.purchase.OrderMoved;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ChannelSales;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * The order's trip after payment, driven by the facts other modules publish: the purchase module asks logistics
 * for shipments and customs for the declaration (it may depend on them; they never depend on purchase), and moves
 * the order as their events arrive. Every step is idempotent: an event seen twice finds the order already moved.
 */
@Singleton
class OrderJourney {

    private final Orders orders;
    private final Shipments shipments;
    private final Declarations declarations;
    private final Refunding refunding;
    private final Outbox outbox;
    private final Clock clock;
    private final StockReservations stock;
    private final ChannelSales channelSales;

    OrderJourney(Orders orders, Shipments shipments, Declarations declarations, Refunding refunding,
                 Outbox outbox, Clock clock, StockReservations stock, ChannelSales channelSales) {
        this.stock = stock;
        this.channelSales = channelSales;
        this.orders = orders;
        this.shipments = shipments;
        this.declarations = declarations;
        this.refunding = refunding;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Paid: logistics plans and books the shipments (idempotent by order number on its side). */
    @Transactional
    void ship(String orderNo) {
        order(orderNo).filter(o -> o.status() == OrderStatus.PAID).ifPresent(order -> shipments.createFor(shipmentOf(order)));
    }

    /** The customs leg's waybill is known: the three documents and the inventory list can go to customs. */
    @Transactional
    void declare(WaybillAssigned waybill) {
        if (!waybill.customsLeg()) {
            return;
        }
        order(waybill.orderId()).filter(o -> o.isCrossBorder() && o.status() == OrderStatus.PAID).ifPresent(order -> {
            declarations.declare(toDeclare(order, waybill, soldOn(order)));
            order.declared();
            moved(order);
        });
    }

    /**
     * Customs released the goods (and made the quota reservation final, in the transaction that recorded the
     * release): the return window starts, and logistics may send the parcel on from the port once it is there.
     */
    @Transactional
    void released(GoodsReleased released) {
        order(released.orderNo()).filter(o -> o.status() == OrderStatus.DECLARED).ifPresent(order -> {
            order.released();
            stock.consume(released.orderNo()); // customs deducted the bonded book: the units are no longer ours to hold
            shipments.releasedByCustoms(released.orderNo(), clock.instant());
            moved(order);
        });
    }

    /** Customs refused: the order is cancelled and the money refunded (customs gave the quota back); the order says why. */
    @Transactional
    void rejected(DeclarationRejected rejected) {
        order(rejected.orderNo()).filter(o -> o.status().isCancellable()).ifPresent(order -> refunding.cancelForCustoms(order,
                "customs rejected the declaration (" + rejected.statusCode() + "): " + rejected.reason(),
                CustomsNote.orderRefused(rejected.reason(), rejected.at())));
    }

    /**
     * A declaration kept back unsent (it does not conform to customs' schema) never reaches customs: the order is
     * cancelled and refunded like a refused one. A cancellation or return kept back stays pending for an operator;
     * the order says so.
     */
    @Transactional
    void parked(DeclarationParked parked) {
        order(parked.orderNo()).ifPresent(order -> {
            if ("CEB621".equals(parked.messageType())) {
                if (order.status().isCancellable()) {
                    refunding.cancelForCustoms(order, "the declaration was kept back, not sent to customs: " + parked.reason(),
                            CustomsNote.declarationParked(parked.reason(), parked.at()));
                }
                return;
            }
            order.noteFromCustoms(CustomsNote.requestParked(parked.reason(), parked.at()));
            orders.update(order);
        });
    }

    /**
     * Customs cancelled the inventory list (the consumer's CEB623 approved, or one an operator sent): the order is
     * cancelled and refunded, also when customs' release crossed the request. Seen again, it changes nothing.
     */
    @Transactional
    void cancelledByCustoms(DeclarationCancelled cancelled) {
        order(cancelled.orderNo())
                .filter(o -> o.status() == OrderStatus.DECLARED || o.status() == OrderStatus.RELEASED)
                .ifPresent(order -> refunding.cancelAsCustomsApproved(order, cancelled.at()));
    }

    /**
     * Customs refused a request made after declaring. A refused return leaves the goods with the consumer
     * (RETURN_REFUSED, nothing refunded); a refused cancellation lets the goods go on. Either way the order says why.
     */
    @Transactional
    void refused(RequestRefused refused) {
        order(refused.orderNo()).ifPresent(order -> {
            if (refused.request() == RequestRefused.Request.RETURN) {
                if (order.status() != OrderStatus.DELIVERED) {
                    return; // seen before: already RETURN_REFUSED (or taken back since)
                }
                order.returnRefused(CustomsNote.returnRefused(refused.reason(), refused.at()));
                moved(order);
                return;
            }
            order.noteFromCustoms(CustomsNote.cancellationRefused(refused.reason(), refused.at()));
            orders.update(order);
        });
    }

    /**
     * A shipment left a warehouse. It ships the order only once nothing stands in the way: customs released the
     * goods, or the order never goes through customs. An earlier leg (the flight to the port) moves nothing.
     */
    @Transactional
    void dispatched(ShipmentDispatched dispatched) {
        order(dispatched.orderId()).map(OrderJourney::awaitingCustoms).filter(OrderJourney::readyToShip).ifPresent(order -> {
            order.shipped(dispatched.waybillNumber());
            moved(order);
        });
    }

    @Transactional
    void delivered(ShipmentDelivered delivered) {
        order(delivered.orderId()).map(OrderJourney::awaitingCustoms).ifPresent(order -> {
            if (readyToShip(order)) {
                // The dispatch scan may never come (or come late): delivery proves the parcel left.
                order.shipped(delivered.waybillNumber());
            }
            // A delivery seen twice finds the order delivered already and keeps the first scan's time.
            if (order.status() == OrderStatus.SHIPPED) {
                order.delivered(delivered.at());
                moved(order);
            }
        });
    }

    /**
     * A carrier's scan can overtake customs (the last-mile parcel was booked in advance and moves in the
     * simulation before the release receipt is in). The event is refused for now, so the outbox delivers it again
     * with backoff, by when the release has moved the order on.
     */
    private static Order awaitingCustoms(Order order) {
        if (order.isCrossBorder() && (order.status() == OrderStatus.PAID || order.status() == OrderStatus.DECLARED)) {
            throw new CustomsNotReleasedYet(order.number().value());
        }
        return order;
    }

    /** A shipment event came before the customs release it depends on; the outbox delivers it again later. */
    static final class CustomsNotReleasedYet extends EventDeferred {
        CustomsNotReleasedYet(String orderNo) {
            super("order " + orderNo + " is not released by customs yet: shipment event deferred");
        }
    }

    /**
     * The consumer's cancellation of a declared order is customs' to approve: CEB623 goes (or customs refuses at
     * once, e.g. the list has no number yet, and nothing changes) and the order waits, saying so. Customs' answer
     * moves it on: {@link #cancelledByCustoms} or {@link #refused}.
     */
    void askCustomsToCancel(Order order, String reason) {
        order.askedCustomsToCancel(reason, clock.instant());
        declarations.cancel(new CancelRequest(order.number().value(), buyerOf(order), reason));
        orders.update(order);
    }

    /** CEB625 for every line of the order; customs' domain applies the 30/45-day window and refuses a late one. */
    void askCustomsToTakeBack(Order order, String reason) {
        LocalDate today = ChinaTime.today(clock);
        List<ReturnRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(new ReturnRequest.Line(i + 1, BigDecimal.valueOf(order.lines().get(i).quantity())));
        }
        // The parcel's arrival back at the supervised site is not tracked yet: it is taken as the request day.
        declarations.requestReturn(new ReturnRequest(order.number().value(), buyerOf(order), reason, lines, today, today));
    }

    /** Customs accepted the return: the goods are back, the money goes back. */
    @Transactional
    void returned(GoodsReturned returned) {
        order(returned.orderNo()).filter(o -> o.status() == OrderStatus.DELIVERED).ifPresent(refunding::takeBack);
    }

    private static Person buyerOf(Order order) {
        return new Person(order.buyer().realName(), order.buyer().idNumber(), order.buyer().phone().value());
    }

    /** Stores the order's new state and announces it, in the same transaction. */
    private void moved(Order order) {
        // The goods left the warehouse: shipped, or delivered without the dispatch scan (consuming settles held units
        // once, so a dispatch seen before changes nothing here).
        if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.DELIVERED) {
            stock.consume(order.number().value());
        }
        orders.update(order);
        outbox.publish(new OrderMoved(order.number().value(), order.status().name(), order.waybillNumber(), clock.instant()));
    }

    private static boolean readyToShip(Order order) {
        return order.status() == OrderStatus.RELEASED || (!order.isCrossBorder() && order.status() == OrderStatus.PAID);
    }

    private Optional<Order> order(String orderNo) {
        try {
            return orders.byNumber(new OrderNumber(orderNo));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static ShipmentOrder shipmentOf(Order order) {
        var consignee = order.consignee();
        var to = new ShipmentOrder.Consignee(consignee.name(), consignee.phone().value(),
                order.isCrossBorder() ? order.buyer().idNumber().value() : null, consignee.divisionCode(), null, null, null,
                consignee.address(), null);
        List<ShipmentOrder.Item> items = order.lines().stream().map(l -> new ShipmentOrder.Item(l.sku().value(),
                l.title(), l.hsCode() == null ? null : l.hsCode().value(), carriersOrigin(l),
                l.quantity(), UnitWeight.gramsOrUnknown(l.unitWeightGrams()), l.unitPrice()))
                .toList();
        return new ShipmentOrder(order.number().value(), order.owner(), order.mode(), order.warehouse(), to, items);
    }

    /**
     * What customs is told of the order when the customs leg's waybill is issued: the sale, the payment and the
     * carrier's waybill as they are; customs decides the parties, port, account book, codes and transport mode.
     */
    private static OrderToDeclare toDeclare(Order order, WaybillAssigned waybill, OrderToDeclare.SoldOn soldOn) {
        Person buyer = buyerOf(order);
        var payment = new OrderToDeclare.Payment(order.payment().transactionId(), new Person(order.payment().payerName(),
                order.payment().payerId(), order.buyer().phone().value()), order.payment().amount(), order.payment().paidAt());
        var consignee = new io.kuajing.customs.Consignee(order.consignee().name(), order.consignee().phone().value(),
                order.consignee().address());
        List<OrderToDeclare.Line> lines = order.lines().stream().map(l -> new OrderToDeclare.Line(l.sku().value(),
                l.title(), l.hsCode(), l.brand(), l.specification(), l.quantity(), l.unitPrice(), l.origin(),
                l.unitWeightGrams())).toList();
        var carried = new OrderToDeclare.Waybill(waybill.logisticsCode(), waybill.logisticsName(),
                waybill.waybillNumber(), waybill.masterBillNo(), waybill.grossWeightKg(), waybill.packNo(),
                waybill.goodsInfo(), waybill.transportModeCode(), waybill.transportMeans(), waybill.voyageNo());
        return new OrderToDeclare(order.number().value(), order.mode(), order.warehouse(), order.owner(), buyer,
                consignee, order.goodsValue(), order.freight(), order.tax(), order.total(), lines, payment, carried,
                order.lines().get(0).shipsFrom(), soldOn);
    }

    /** The sales channel the order was taken from, with the payment company its buyer paid through; null when none. */
    private OrderToDeclare.SoldOn soldOn(Order order) {
        return channelSales.ofOrder(order.number())
                .map(s -> new OrderToDeclare.SoldOn(s.channel(), s.payCompanyCode(), s.payCompanyName()))
                .orElse(null);
    }

    /** What carriers are told of the goods' origin: the product's, else (for their manifests) where they ship from. */
    private static String carriersOrigin(OrderLine l) {
        CountryCode origin = l.origin() != null ? l.origin() : l.shipsFrom();
        return origin == null ? null : origin.value();
    }
}
