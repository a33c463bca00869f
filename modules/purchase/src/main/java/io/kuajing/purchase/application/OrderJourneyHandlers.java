package io.kuajing.purchase.application;

import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.kuajing.purchase.OrderPaid;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/** The events that move an order after payment, each handed to {@link OrderJourney} after its commit. */
final class OrderJourneyHandlers {

    private OrderJourneyHandlers() {
    }

    /** One handler: a stable id, the event type, and the journey step it triggers. */
    abstract static class Step<E extends DomainEvent> implements EventHandler<E> {

        private final String id;
        private final Class<E> type;
        final OrderJourney journey;

        Step(String id, Class<E> type, OrderJourney journey) {
            this.id = id;
            this.type = type;
            this.journey = journey;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Class<E> eventType() {
            return type;
        }
    }

    @Singleton
    static class ShipPaidOrders extends Step<OrderPaid> {
        ShipPaidOrders(OrderJourney journey) {
            super("purchase.ship-paid-order", OrderPaid.class, journey);
        }

        @Override
        public void handle(OrderPaid paid, EventMetadata metadata) {
            journey.ship(paid.orderNo());
        }
    }

    @Singleton
    static class DeclareOnWaybill extends Step<WaybillAssigned> {
        DeclareOnWaybill(OrderJourney journey) {
            super("purchase.declare-on-waybill", WaybillAssigned.class, journey);
        }

        @Override
        public void handle(WaybillAssigned waybill, EventMetadata metadata) {
            journey.declare(waybill);
        }
    }

    @Singleton
    static class FollowRelease extends Step<GoodsReleased> {
        FollowRelease(OrderJourney journey) {
            super("purchase.follow-release", GoodsReleased.class, journey);
        }

        @Override
        public void handle(GoodsReleased released, EventMetadata metadata) {
            journey.released(released);
        }
    }

    @Singleton
    static class FollowRejection extends Step<DeclarationRejected> {
        FollowRejection(OrderJourney journey) {
            super("purchase.follow-rejection", DeclarationRejected.class, journey);
        }

        @Override
        public void handle(DeclarationRejected rejected, EventMetadata metadata) {
            journey.rejected(rejected);
        }
    }

    @Singleton
    static class FollowReturn extends Step<GoodsReturned> {
        FollowReturn(OrderJourney journey) {
            super("purchase.follow-return", GoodsReturned.class, journey);
        }

        @Override
        public void handle(GoodsReturned returned, EventMetadata metadata) {
            journey.returned(returned);
        }
    }

    @Singleton
    static class FollowDispatch extends Step<ShipmentDispatched> {
        FollowDispatch(OrderJourney journey) {
            super("purchase.follow-dispatch", ShipmentDispatched.class, journey);
        }

        @Override
        public void handle(ShipmentDispatched dispatched, EventMetadata metadata) {
            journey.dispatched(dispatched);
        }
    }

    @Singleton
    static class FollowDelivery extends Step<ShipmentDelivered> {
        FollowDelivery(OrderJourney journey) {
            super("purchase.follow-delivery", ShipmentDelivered.class, journey);
        }

        @Override
        public void handle(ShipmentDelivered delivered, EventMetadata metadata) {
            journey.delivered(delivered);
        }
    }
}
