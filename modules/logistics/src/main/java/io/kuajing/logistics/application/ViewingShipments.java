package io.kuajing.logistics.application;

import java.util.List;
import java.util.Optional;

import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/** Viewing shipments: an order's legs as the consumer and operators see them, and the labels warehouses print. */
@Singleton
class ViewingShipments implements ShipmentDesk {

    private final ShipmentStore store;
    private final Transactions transactions;

    ViewingShipments(ShipmentStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** The order's shipments, first leg first. */
    List<ShipmentView> forOrder(String orderId) {
        return transactions.read(() -> views(store.byOrder(orderId)));
    }

    Optional<String> ownerOf(String orderId) {
        return transactions.read(() -> store.byOrder(orderId)).stream().findFirst().map(Shipment::ownerId);
    }

    /** The shipment's label for the warehouse printer, if it is booked. */
    @Override
    public Optional<ShipmentStore.Label> label(String shipmentId) {
        return transactions.read(() -> store.label(shipmentId));
    }

    /** What holds a leg: the leg before it still on its way, or (it handed over, or the goods are bonded) customs. */
    private static String waitingFor(Shipment s, List<Shipment> legs) {
        if (s.status() == ShipmentStatus.PLANNED) {
            boolean handedOver = legs.stream().anyMatch(l -> l.legNumber() == s.legNumber() - 1 && l.status() == ShipmentStatus.DELIVERED);
            return handedOver ? "CUSTOMS_RELEASE" : "HAND_OVER";
        }
        return s.awaitsCourierCall() ? "CUSTOMS_RELEASE" : null;
    }

    static List<ShipmentView> views(List<Shipment> shipments) {
        return shipments.stream().map(s -> new ShipmentView(s.id(), s.orderId(), s.legNumber(), s.leg().name(), s.carrierId(),
                s.serviceCode(), s.waybillNumber(), s.status(), waitingFor(s, shipments), s.history().stream()
                .map(t -> new ShipmentView.Tracking(t.occurredAt(), t.checkpoint().name(), t.reason(), t.location(), t.description()))
                .toList())).toList();
    }
}
