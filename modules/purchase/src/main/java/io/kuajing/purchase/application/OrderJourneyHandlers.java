package io.kuajing.purchase.application;

import java.util.function.Consumer;

import io.kuajing.customs.DeclarationCancelled;
import io.kuajing.customs.DeclarationParked;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.RequestRefused;
import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.kuajing.purchase.OrderPaid;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/**
 * The events that move an order after payment, each handed to {@link OrderJourney} after its commit. The ids are
 * stored with every publication: renaming one orphans its pending events.
 */
@Factory
class OrderJourneyHandlers {

    private final OrderJourney journey;

    OrderJourneyHandlers(OrderJourney journey) {
        this.journey = journey;
    }

    @Singleton
    EventHandler<OrderPaid> shipPaidOrders() {
        return new Step<>("purchase.ship-paid-order", OrderPaid.class, paid -> journey.ship(paid.orderNo()));
    }

    @Singleton
    EventHandler<WaybillAssigned> declareOnWaybill() {
        return new Step<>("purchase.declare-on-waybill", WaybillAssigned.class, journey::declare);
    }

    @Singleton
    EventHandler<GoodsReleased> followRelease() {
        return new Step<>("purchase.follow-release", GoodsReleased.class, journey::released);
    }

    @Singleton
    EventHandler<DeclarationRejected> followRejection() {
        return new Step<>("purchase.follow-rejection", DeclarationRejected.class, journey::rejected);
    }

    @Singleton
    EventHandler<DeclarationCancelled> followCancellation() {
        return new Step<>("purchase.follow-cancellation", DeclarationCancelled.class, journey::cancelledByCustoms);
    }

    @Singleton
    EventHandler<RequestRefused> followRefusal() {
        return new Step<>("purchase.follow-refusal", RequestRefused.class, journey::refused);
    }

    @Singleton
    EventHandler<DeclarationParked> followParking() {
        return new Step<>("purchase.follow-parking", DeclarationParked.class, journey::parked);
    }

    @Singleton
    EventHandler<GoodsReturned> followReturn() {
        return new Step<>("purchase.follow-return", GoodsReturned.class, journey::returned);
    }

    @Singleton
    EventHandler<ShipmentDispatched> followDispatch() {
        return new Step<>("purchase.follow-dispatch", ShipmentDispatched.class, journey::dispatched);
    }

    @Singleton
    EventHandler<ShipmentDelivered> followDelivery() {
        return new Step<>("purchase.follow-delivery", ShipmentDelivered.class, journey::delivered);
    }

    /** One handler: a stable id, the event type, and the journey step it triggers. */
    private record Step<E extends DomainEvent>(String id, Class<E> eventType, Consumer<E> step) implements EventHandler<E> {

        @Override
        public void handle(E event, EventMetadata metadata) {
            step.accept(event);
        }
    }
}
