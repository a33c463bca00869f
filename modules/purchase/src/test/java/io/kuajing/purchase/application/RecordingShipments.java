package io.kuajing.purchase.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Logistics as the purchase module sees it through its API, recording the shipments asked for. */
@Singleton
@Replaces(Shipments.class)
@Requires(env = "test")
class RecordingShipments implements Shipments {

    static final List<ShipmentOrder> ASKED = new CopyOnWriteArrayList<>();
    static final List<String> RELEASED = new CopyOnWriteArrayList<>();
    static final List<String> CANCELLED = new CopyOnWriteArrayList<>();
    /** The legs a test gave an order, as logistics would show them. */
    static final Map<String, List<ShipmentView>> LEGS = new ConcurrentHashMap<>();

    @Override
    public List<ShipmentView> createFor(ShipmentOrder order) {
        ASKED.add(order);
        return List.of();
    }

    @Override
    public void releasedByCustoms(String orderId, java.time.Instant releasedAt) {
        RELEASED.add(orderId);
    }

    @Override
    public int cancel(String orderId) {
        CANCELLED.add(orderId);
        return 0;
    }

    @Override
    public List<ShipmentView> forOrder(String orderId) {
        return LEGS.getOrDefault(orderId, List.of());
    }

    @Override
    public Optional<String> ownerOf(String orderId) {
        return Optional.empty();
    }
}
