package io.kuajing.purchase.application;

import java.util.List;

import io.kuajing.kernel.PersonalData;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.platform.MoneyJson;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.Buyer;
import io.kuajing.purchase.domain.Consignee;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.Order;
import jakarta.inject.Singleton;

/** Orders as shown over the API: money objects, buyer and consignee as structured objects masked field by field. */
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

    /** Masked field by field, the way listings and logs mask them; null for a general-trade order (no buyer to declare). */
    private static OrderView.Buyer buyer(Buyer buyer) {
        return buyer == null ? null : new OrderView.Buyer(PersonalData.maskName(buyer.realName()),
                buyer.idNumber().masked(), buyer.phone().toString());
    }

    private static OrderView.Consignee consignee(Consignee consignee) {
        return new OrderView.Consignee(PersonalData.maskName(consignee.name()), consignee.phone().toString(),
                consignee.divisionCode(), PersonalData.maskAddress(consignee.address()));
    }

    private static OrderView view(Order order, List<OrderView.TripLeg> trip) {
        return new OrderView(order.number().value(), order.mode().name(), order.warehouse(), order.status().name(),
                order.lines().stream().map(l -> new OrderView.Line(l.sku().value(), l.title(),
                        l.hsCode() == null ? null : l.hsCode().value(), l.quantity(), MoneyJson.of(l.unitPrice()),
                        MoneyJson.of(l.tax()))).toList(),
                MoneyJson.of(order.goodsValue()), MoneyJson.of(order.freight()), MoneyJson.of(order.tax()),
                MoneyJson.of(order.total()), buyer(order.buyer()), consignee(order.consignee()),
                order.waybillNumber(), order.cancellationReason(), order.placedAt(),
                order.promised() == null ? null : order.promised().earliest(),
                order.promised() == null ? null : order.promised().latest(), trip, customs(order.customsNote()));
    }

    private static OrderView.Customs customs(CustomsNote note) {
        return note == null ? null : new OrderView.Customs(note.kind().name(), note.reason(), note.message(),
                note.nextStep().name(), note.at());
    }
}
