package io.kuajing.purchase.application;

import java.util.List;

import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.Order;
import jakarta.inject.Singleton;

/** Orders as shown over the API: amounts as plain CNY decimals, buyer and consignee masked by their toString. */
@Singleton
class OrderViews {

    private final Shipments shipments;

    OrderViews(Shipments shipments) {
        this.shipments = shipments;
    }

    /** The order as listed: without its trip. */
    OrderView of(Order order) {
        return view(order, null);
    }

    /** The order with its trip as logistics tracks it (no personal data: carriers, waybills, scans). */
    OrderView withTrip(Order order) {
        return view(order, shipments.forOrder(order.number().value()).stream().map(OrderViews::leg).toList());
    }

    private static OrderView.TripLeg leg(ShipmentView s) {
        return new OrderView.TripLeg(s.leg(), s.carrierId(), s.waybillNumber(), s.status().name(), s.waitingFor(), s.tracking().stream()
                .map(t -> new OrderView.Scan(t.occurredAt(), t.status(), t.location(), t.description())).toList());
    }

    private static OrderView view(Order order, List<OrderView.TripLeg> trip) {
        return new OrderView(order.number().value(), order.mode().name(), order.warehouse(), order.status().name(),
                order.lines().stream().map(l -> new OrderView.Line(l.sku().value(), l.title(),
                        l.hsCode() == null ? null : l.hsCode().value(), l.quantity(), l.unitPrice().amount(),
                        l.tax().amount())).toList(),
                order.goodsValue().amount(), order.freight().amount(), order.tax().amount(), order.total().amount(),
                order.total().currency().getCurrencyCode(),
                order.buyer() == null ? null : order.buyer().toString(), order.consignee().toString(),
                order.waybillNumber(), order.cancellationReason(), order.placedAt(),
                order.promised() == null ? null : order.promised().earliest(),
                order.promised() == null ? null : order.promised().latest(), trip, customs(order.customsNote()));
    }

    private static OrderView.Customs customs(CustomsNote note) {
        return note == null ? null : new OrderView.Customs(note.kind().name(), note.reason(), note.message(),
                note.nextStep().name(), note.at());
    }
}
