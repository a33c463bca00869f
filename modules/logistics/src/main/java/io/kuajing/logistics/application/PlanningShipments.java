package io.kuajing.logistics.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.DivisionCode;
import io.kuajing.kernel.MobileNumber;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.ShipmentOrder;
import io.kuajing.logistics.ShipmentView;
import io.kuajing.logistics.Shipments;
import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.logistics.domain.PromiseRules;
import io.kuajing.logistics.domain.RouteLeg;
import io.kuajing.logistics.domain.Routes;
import io.kuajing.logistics.domain.Shipment;
import io.kuajing.logistics.domain.ShipmentQueue;
import io.kuajing.logistics.domain.ShipmentStore;
import io.kuajing.logistics.domain.Warehouse;
import io.kuajing.logistics.domain.Warehouses;
import io.kuajing.platform.Transactions;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Planning shipments: a paid order becomes one shipment per leg of its route, in a short transaction with no carrier
 * call (so purchase's event handler never waits on a carrier); customs' release and the order's cancellation move
 * the planned legs on. Booking and tracking are {@link WorkingShipments}' job; reading them {@link ViewingShipments}'.
 */
@Singleton
class PlanningShipments implements Shipments {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningShipments.class);

    private final ShipmentStore store;
    private final ShipmentQueue queue;
    private final CarrierGateway carriers;
    private final Warehouses warehouses;
    private final PromiseRules rules;
    private final Transactions transactions;
    private final LogisticsSettings settings;
    private final Clock clock;
    private final ViewingShipments viewing;
    private final ApplicationEventPublisher<ShipmentsDue> due;

    PlanningShipments(ShipmentStore store, ShipmentQueue queue, CarrierGateway carriers, Warehouses warehouses,
                      PromiseRules rules, Transactions transactions, LogisticsSettings settings, Clock clock,
                      ViewingShipments viewing, ApplicationEventPublisher<ShipmentsDue> due) {
        this.store = store;
        this.queue = queue;
        this.carriers = carriers;
        this.warehouses = warehouses;
        this.rules = rules;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.viewing = viewing;
        this.due = due;
    }

    @Override
    public List<ShipmentView> createFor(ShipmentOrder order) {
        validate(order);
        Warehouse warehouse = warehouses.find(order.warehouseId()).orElseThrow(() ->
                new RuleViolation("warehouseId", "unknown-warehouse", "no warehouse " + order.warehouseId()));
        if (!Routes.serves(order.mode(), warehouse)) {
            throw new RuleViolation("warehouseId", "mode-mismatch", "warehouse " + warehouse.id() + " does not fulfil " + order.mode());
        }
        Warehouse port = warehouses.find(rules.portWarehouseId()).orElse(null);
        List<RouteLeg> route = Routes.plan(order.mode(), warehouse, port, rules.max(order.mode())).stream()
                .filter(legs -> legs.stream().allMatch(l -> !carriers.candidates(l.kind(), l.originCountry(), "CN", l.regime()).isEmpty()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("mode", "no-carrier", "no loaded carrier serves " + order.mode() + " from " + warehouse.id()));
        Instant now = clock.instant();
        return transactions.write(() -> {
            List<Shipment> existing = store.byOrder(order.orderId());
            if (!existing.isEmpty()) {
                return ViewingShipments.views(existing);
            }
            List<Shipment> created = new ArrayList<>();
            for (int i = 0; i < route.size(); i++) {
                RouteLeg leg = route.get(i);
                Shipment s = Shipment.plan(UUID.randomUUID().toString(), order.orderId(), order.ownerId(), leg, i + 1,
                        i == route.size() - 1, order.mode(), manifest(order, leg), now);
                if (!store.insert(s)) {
                    // A concurrent call for the same order won the unique key: answer with its shipments.
                    return ViewingShipments.views(store.byOrder(order.orderId()));
                }
                created.add(s);
            }
            due.publishEvent(new ShipmentsDue());
            LOG.info("order {}: {} shipment leg(s) planned for {} from {}", order.orderId(), created.size(), order.mode(), warehouse.id());
            return ViewingShipments.views(created);
        });
    }

    @Override
    public void releasedByCustoms(String orderId, Instant releasedAt) {
        transactions.write(() -> {
            store.recordRelease(orderId, releasedAt);
            queue.nudgeWaiting(orderId, clock.instant(), clock.instant().plus(settings.getLease()));
            due.publishEvent(new ShipmentsDue());
            return null;
        });
    }

    @Override
    public int cancel(String orderId) {
        return transactions.write(() -> {
            int stopped = 0;
            for (Shipment leg : store.byOrder(orderId)) {
                Shipment locked = store.lockById(leg.id()).orElseThrow();
                if (locked.orderCancelled(clock.instant())) {
                    store.update(locked);
                    stopped++;
                }
            }
            LOG.info("order {} cancelled: {} shipment leg(s) stopped", orderId, stopped);
            return stopped;
        });
    }

    @Override
    public List<ShipmentView> forOrder(String orderId) {
        return viewing.forOrder(orderId);
    }

    @Override
    public Optional<String> ownerOf(String orderId) {
        return viewing.ownerOf(orderId);
    }

    private Manifest manifest(ShipmentOrder order, RouteLeg leg) {
        ShipmentOrder.Consignee c = order.consignee();
        Place consumer = new Place(c.name(), c.phone(), "CN", c.divisionCode(), c.province(), c.city(), c.district(),
                c.street(), c.postalCode());
        Place to = leg.toConsumer() ? consumer : leg.toPort().address();
        long grams = order.items().stream().mapToLong(i -> i.unitWeightGrams() * i.quantity()).sum();
        List<Goods> goods = order.items().stream().map(i -> new Goods(i.sku(), i.description(), i.hsCode(), i.originCountry(),
                i.quantity(), i.unitWeightGrams(), i.unitValue())).toList();
        return new Manifest(leg.from().address(), to, c.name(), c.idNumber(), Regime.of(order.mode()), grams, goods);
    }

    private static void validate(ShipmentOrder order) {
        Validation.required(order.orderId(), "orderId");
        Validation.required(order.ownerId(), "ownerId");
        ShipmentOrder.Consignee c = order.consignee();
        Validation.required(c.name(), "consignee.name");
        MobileNumber.of("consignee.phone", c.phone());
        DivisionCode.of(c.divisionCode(), "consignee.divisionCode");
        Validation.required(c.street(), "consignee.street");
        if (order.mode().isCrossBorder()) {
            try {
                ChineseIdNumber.of(c.idNumber());
            } catch (RuntimeException e) {
                throw new RuleViolation("consignee.idNumber", "id-number", "CBEC clearance needs the consignee's valid resident ID number");
            }
        }
        if (order.items().isEmpty()) {
            throw new RuleViolation("items", "not-empty", "an order ships at least one item");
        }
        for (int i = 0; i < order.items().size(); i++) {
            var item = order.items().get(i);
            if (item.quantity() <= 0) {
                throw new RuleViolation("items[" + i + "].quantity", "positive", "quantity must be at least 1");
            }
            if (item.unitWeightGrams() <= 0) {
                throw new RuleViolation("items[" + i + "].unitWeightGrams", "positive", "unit weight must be positive");
            }
        }
    }
}
