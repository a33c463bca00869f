package io.kuajing.logistics.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.logistics.ShipmentDelivered;
import io.kuajing.logistics.ShipmentDispatched;
import io.kuajing.logistics.ShipmentException;
import io.kuajing.logistics.WaybillAssigned;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.testing.RecordingHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/** Handlers standing in for customs and purchase: they record what logistics published through the outbox. */
@Factory
class RecordedEvents {

    static final List<DomainEvent> EVENTS = new CopyOnWriteArrayList<>();

    @Singleton
    EventHandler<WaybillAssigned> waybills() {
        return handler("test.waybill-assigned", WaybillAssigned.class);
    }

    @Singleton
    EventHandler<ShipmentDispatched> dispatched() {
        return handler("test.shipment-dispatched", ShipmentDispatched.class);
    }

    @Singleton
    EventHandler<ShipmentDelivered> delivered() {
        return handler("test.shipment-delivered", ShipmentDelivered.class);
    }

    @Singleton
    EventHandler<ShipmentException> exceptions() {
        return handler("test.shipment-exception", ShipmentException.class);
    }

    static <E extends DomainEvent> List<E> of(Class<E> type, String orderId) {
        return EVENTS.stream().filter(type::isInstance).map(type::cast)
                .filter(e -> e.toString().contains("orderId=" + orderId + ",")).toList();
    }

    private static <E extends DomainEvent> EventHandler<E> handler(String id, Class<E> type) {
        return new RecordingHandler<>(id, type, EVENTS);
    }
}
