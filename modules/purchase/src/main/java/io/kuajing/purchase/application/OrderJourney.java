package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.DeclarationParked;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.Declarants;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.Quotas;
import io.kuajing.customs.RequestRefused;
import io.kuajing.customs.ReturnRequest;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
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

    private static final String PIECES = "011";
    private static final int GMODEL_MAX = 510;

    private final Orders orders;
    private final Shipments shipments;
    private final Declarations declarations;
    private final Quotas quotas;
    private final Refunding refunding;
    private final Outbox outbox;
    private final Declarants declarants;
    private final Clock clock;
    private final StockReservations stock;

    OrderJourney(Orders orders, Shipments shipments, Declarations declarations, Quotas quotas, Refunding refunding,
                 Outbox outbox, Declarants declarants, Clock clock, StockReservations stock) {
        this.stock = stock;
        this.orders = orders;
        this.shipments = shipments;
        this.declarations = declarations;
        this.quotas = quotas;
        this.refunding = refunding;
        this.outbox = outbox;
        this.declarants = declarants;
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

    /** Customs refused: the order is cancelled, the quota given back, the money refunded; the order says why. */
    @Transactional
    void rejected(DeclarationRejected rejected) {
        order(rejected.orderNo()).filter(o -> o.status().isCancellable()).ifPresent(order -> cancelForCustoms(order,
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
                    cancelForCustoms(order, "the declaration was kept back, not sent to customs: " + parked.reason(),
                            CustomsNote.declarationParked(parked.reason(), parked.at()));
                }
                return;
            }
            order.noteFromCustoms(CustomsNote.requestParked(parked.reason(), parked.at()));
            orders.update(order);
        });
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

    /** Cancelled because of customs, in the caller's transaction, the way a consumer's cancellation is; the order says why. */
    private void cancelForCustoms(Order order, String reason, CustomsNote note) {
        order.noteFromCustoms(note);
        refunding.cancel(order, reason);
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
        if (order.status() == OrderStatus.SHIPPED) {
            stock.consume(order.number().value()); // the goods left the warehouse
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
     * The declaration of a CBEC order: the parties, port and account book are customs' registrations (customs
     * decides); the documents are the order, its payment and the carrier's waybill. The freight is the order's on
     * all three documents (the amount that entered the taxable price); the line haul's transport mode, means, flight
     * and master bill are the carrier's booking's (couriers report none: customs' registered mode, no bill).
     */
    private DeclarationRequest declarationOf(Order order, WaybillAssigned waybill) {
        Person buyer = buyerOf(order);
        Person payer = new Person(order.payment().payerName(), order.payment().payerId(), order.buyer().phone().value());
        var consignee = new io.kuajing.customs.Consignee(order.consignee().name(), order.consignee().phone().value(),
                order.consignee().address());
        Regime regime = Regime.of(order.mode());
        Declarants.Declarant declarant = declarants.forOrder(regime, order.warehouse());
        Money zero = Money.zero(Money.CNY);
        OrderDocument orderDocument = new OrderDocument(declarant.platform(), declarant.seller(), order.goodsValue(),
                order.freight(), zero, order.tax(), order.total(), order.owner(), buyer, consignee);
        PaymentDocument payment = new PaymentDocument(declarant.payment(), order.payment().transactionId(), payer,
                order.payment().amount(), order.payment().paidAt());
        List<BigDecimal> lineWeights = lineNetWeightsKg(order.lines(), waybill.grossWeightKg());
        BigDecimal netWeight = lineWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(waybill.grossWeightKg());
        WaybillDocument waybillDocument = new WaybillDocument(company(waybill.logisticsCode(), waybill.logisticsName()),
                waybill.waybillNumber(), waybill.masterBillNo(), order.freight(), zero, waybill.grossWeightKg(),
                netWeight.signum() > 0 ? netWeight : waybill.grossWeightKg(), waybill.packNo(), waybill.goodsInfo(),
                consignee, waybill.transportMeans(), waybill.voyageNo(), order.lines().get(0).shipsFrom());
        String transportMode = waybill.transportModeCode() != null ? waybill.transportModeCode() : declarant.transportMode();
        return new DeclarationRequest(order.number().value(), regime, declarant.portCode(), declarant.emsNo(),
                transportMode, declarant.broker(), orderDocument, payment, waybillDocument,
                lines(order, lineWeights), declarant.areaOperator());
    }

    /**
     * The lines as customs declares them: itemName and gname are the product's reviewed Chinese title; gmodel is
     * 品名/品牌/规格 as far as the product says them (the catalogue keeps no composition, 成分, yet); the country is
     * the goods' origin — a line whose product has none is declared as 701 国别不详 by customs, never as the
     * warehouse's country; the net weight (for legal units in 千克) is {@link #lineNetWeightsKg}'s.
     */
    private static List<DeclaredLine> lines(Order order, List<BigDecimal> netWeightsKg) {
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine l = order.lines().get(i);
            lines.add(new DeclaredLine(i + 1, l.sku().value(), l.title(), l.hsCode(), gmodel(l), null, PIECES,
                    BigDecimal.valueOf(l.quantity()), l.unitPrice(), l.goodsValue(), l.origin(), netWeightsKg.get(i)));
        }
        return lines;
    }

    /**
     * Each line's net weight in kg: the marketplace's unit weight × quantity; a line whose marketplace gave none
     * takes its value's share of what the carrier weighed beyond the known lines (the parcel's gross weight), so a
     * legal quantity in 千克 comes from a weighing, never from a guess.
     */
    static List<BigDecimal> lineNetWeightsKg(List<OrderLine> lines, BigDecimal parcelKg) {
        BigDecimal known = BigDecimal.ZERO;
        BigDecimal unknownValue = BigDecimal.ZERO;
        for (OrderLine l : lines) {
            BigDecimal kg = lineNetWeightKg(l);
            if (kg == null) {
                unknownValue = unknownValue.add(l.goodsValue().amount());
            } else {
                known = known.add(kg);
            }
        }
        BigDecimal rest = parcelKg == null ? BigDecimal.ZERO : parcelKg.subtract(known).max(BigDecimal.ZERO);
        List<BigDecimal> weights = new ArrayList<>();
        for (OrderLine l : lines) {
            BigDecimal kg = lineNetWeightKg(l);
            weights.add(kg != null ? kg : unknownValue.signum() == 0 ? BigDecimal.ZERO
                    : rest.multiply(l.goodsValue().amount()).divide(unknownValue, 3, java.math.RoundingMode.HALF_UP));
        }
        return weights;
    }

    /** 品名/品牌/规格, the parts known; customs allows 510 characters. */
    static String gmodel(OrderLine line) {
        String gmodel = java.util.stream.Stream.of(line.title(), line.brand(), line.specification())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("/"));
        return gmodel.length() > GMODEL_MAX ? gmodel.substring(0, GMODEL_MAX) : gmodel;
    }

    private static BigDecimal lineNetWeightKg(OrderLine l) {
        return l.unitWeightGrams() == null ? null
                : BigDecimal.valueOf(l.unitWeightGrams()).multiply(BigDecimal.valueOf(l.quantity())).movePointLeft(3);
    }

    /** What carriers are told of the goods' origin: the product's, else (for their manifests) where they ship from. */
    private static String carriersOrigin(OrderLine l) {
        CountryCode origin = l.origin() != null ? l.origin() : l.shipsFrom();
        return origin == null ? null : origin.value();
    }

    private static Company company(String code, String name) {
        return new Company(code, name);
    }
}
