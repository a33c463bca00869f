package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.Regime;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.EventDeferred;
import io.kuajing.platform.Outbox;
import io.kuajing.purchase.OrderCancelled;
import io.kuajing.purchase.OrderMoved;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderReturned;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.kuajing.purchase.domain.PaymentGateway;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * The order's trip after payment, driven by the facts other modules publish: the purchase module asks logistics
 * for shipments and customs for the declaration (it may depend on them; they never depend on purchase), and moves
 * the order as their events arrive. Every step is idempotent: an event seen twice finds the order already moved.
 */
@Singleton
class OrderJourney {

    /** The weight assumed when the marketplace reported none, as the catalogue's freight estimate assumes. */
    static final long UNKNOWN_WEIGHT_GRAMS = 1000;
    private static final String PIECES = "011";

    private final Orders orders;
    private final Shipments shipments;
    private final Declarations declarations;
    private final Quotas quotas;
    private final PaymentGateway payments;
    private final Outbox outbox;
    private final DeclarantSettings declarant;
    private final Clock clock;
    private final StockReservations stock;

    OrderJourney(Orders orders, Shipments shipments, Declarations declarations, Quotas quotas, PaymentGateway payments,
                 Outbox outbox, DeclarantSettings declarant, Clock clock, StockReservations stock) {
        this.stock = stock;
        this.orders = orders;
        this.shipments = shipments;
        this.declarations = declarations;
        this.quotas = quotas;
        this.payments = payments;
        this.outbox = outbox;
        this.declarant = declarant;
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
        order(waybill.orderId()).filter(o -> o.isCbec() && o.status() == OrderStatus.PAID).ifPresent(order -> {
            declarations.declare(declarationOf(order, waybill));
            order.declared();
            moved(order);
        });
    }

    /**
     * Customs released the goods: the quota reservation becomes final, the return window starts, and logistics may
     * send the parcel on from the port once it is there.
     */
    @Transactional
    void released(GoodsReleased released) {
        order(released.orderNo()).filter(o -> o.status() == OrderStatus.DECLARED).ifPresent(order -> {
            order.released();
            quotas.confirm(released.orderNo(), released.releasedOn());
            stock.consume(released.orderNo()); // customs deducted the bonded book: the units are no longer ours to hold
            shipments.releasedByCustoms(released.orderNo(), clock.instant());
            moved(order);
        });
    }

    /** Customs refused: the order is cancelled, the quota given back, the money refunded. */
    @Transactional
    void rejected(DeclarationRejected rejected) {
        order(rejected.orderNo()).filter(o -> o.status().isCancellable()).ifPresent(order -> {
            order.cancel("customs rejected the declaration (" + rejected.statusCode() + "): " + rejected.reason());
            quotas.release(rejected.orderNo());
            stock.release(rejected.orderNo());
            boolean paid = order.payment() != null;
            if (paid) {
                payments.refund(order.refundKey(), order.payment());
                order.refunded();
            }
            orders.update(order);
            shipments.cancel(rejected.orderNo());
            outbox.publish(new OrderCancelled(rejected.orderNo(), order.cancellationReason(), paid));
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
            if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.DELIVERED) {
                order.delivered();
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
        if (order.isCbec() && (order.status() == OrderStatus.PAID || order.status() == OrderStatus.DECLARED)) {
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
        order(returned.orderNo()).filter(o -> o.status() == OrderStatus.DELIVERED).ifPresent(this::takeBack);
    }

    /** Returned and refunded, in the caller's transaction. */
    void takeBack(Order order) {
        order.returned();
        boolean paid = order.payment() != null;
        if (paid) {
            payments.refund(order.refundKey(), order.payment());
            order.refunded();
        }
        orders.update(order);
        outbox.publish(new OrderReturned(order.number().value(), paid));
    }

    private static Person buyerOf(Order order) {
        return new Person(order.buyer().realName(), order.buyer().idNumber(), order.buyer().phone().value());
    }

    /** Stores the order's new state and announces it, in the same transaction. */
    private void moved(Order order) {
        if (order.status() == OrderStatus.SHIPPED) {
            stock.consume(order.number().value()); // the goods left the warehouse
        }
        orders.update(order);
        outbox.publish(new OrderMoved(order.number().value(), order.status().name(), order.waybillNumber(), clock.instant()));
    }

    private static boolean readyToShip(Order order) {
        return order.status() == OrderStatus.RELEASED || (!order.isCbec() && order.status() == OrderStatus.PAID);
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
                order.isCbec() ? order.buyer().idNumber().value() : null, consignee.divisionCode(), null, null, null,
                consignee.address(), null);
        List<ShipmentOrder.Item> items = order.lines().stream().map(l -> new ShipmentOrder.Item(l.sku().value(),
                l.title(), l.hsCode() == null ? null : l.hsCode().value(), l.origin() == null ? null : l.origin().value(),
                l.quantity(), l.unitWeightGrams() == null ? UNKNOWN_WEIGHT_GRAMS : l.unitWeightGrams(), l.unitPrice()))
                .toList();
        return new ShipmentOrder(order.number().value(), order.owner(), order.mode(), order.warehouse(), to, items);
    }

    private DeclarationRequest declarationOf(Order order, WaybillAssigned waybill) {
        Person buyer = buyerOf(order);
        Person payer = new Person(order.payment().payerName(), order.payment().payerId(), order.buyer().phone().value());
        var consignee = new io.kuajing.customs.Consignee(order.consignee().name(), order.consignee().phone().value(),
                order.consignee().address());
        Money zero = Money.zero(Money.CNY);
        OrderDocument orderDocument = new OrderDocument(company(declarant.getPlatformCode(), declarant.getPlatformName()),
                company(declarant.getSellerCode(), declarant.getSellerName()), order.goodsValue(), order.freight(), zero,
                order.tax(), order.total(), order.owner(), buyer, consignee);
        PaymentDocument payment = new PaymentDocument(company(declarant.getPaymentCode(), declarant.getPaymentName()),
                order.payment().transactionId(), payer, order.payment().amount(), order.payment().paidAt());
        WaybillDocument waybillDocument = new WaybillDocument(company(waybill.logisticsCode(), waybill.logisticsName()),
                waybill.waybillNumber(), null, new Money(waybill.freight(), Money.CNY), zero, waybill.grossWeightKg(),
                waybill.grossWeightKg(), waybill.packNo(), waybill.goodsInfo(), consignee);
        boolean bonded = order.mode() == FulfilmentMode.FLASH_PURCHASE;
        return new DeclarationRequest(order.number().value(), bonded ? Regime.CBEC_BONDED : Regime.CBEC_DIRECT_MAIL,
                bonded ? declarant.bondedPortOf(order.warehouse()) : declarant.getDirectMailPort(),
                bonded ? declarant.bondedBookOf(order.warehouse()) : null,
                // Transport mode: 5 air (the direct-mail flight), Y bonded zone (goods already in China).
                bonded ? "Y" : "5", company(declarant.getBrokerCode(), declarant.getBrokerName()), orderDocument, payment,
                waybillDocument, lines(order));
    }

    private static List<DeclaredLine> lines(Order order) {
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            lines.add(new DeclaredLine(i + 1, l.sku().value(), l.title(), l.hsCode(), l.title(), null, PIECES,
                    BigDecimal.valueOf(l.quantity()), l.unitPrice(), l.goodsValue(), l.origin()));
        }
        return lines;
    }

    private static Company company(String code, String name) {
        return new Company(code, name);
    }
}
