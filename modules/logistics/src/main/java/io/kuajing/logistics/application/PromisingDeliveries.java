package io.kuajing.logistics.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.DivisionCode;
import io.kuajing.kernel.Quantity;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Text;
import io.kuajing.logistics.DeliveryLimits;
import io.kuajing.logistics.BasketLine;
import io.kuajing.logistics.DeliveryOption;
import io.kuajing.logistics.DeliveryPromise;
import io.kuajing.logistics.DeliveryPromises;
import io.kuajing.logistics.DeliveryQuestion;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.logistics.domain.CarrierOffer;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.logistics.domain.PromiseCalculator;
import io.kuajing.logistics.domain.PromiseRules;
import io.kuajing.logistics.domain.RouteLeg;
import io.kuajing.logistics.domain.Routes;
import io.kuajing.logistics.domain.Warehouse;
import io.kuajing.logistics.domain.Warehouses;
import jakarta.inject.Singleton;

/** Promises for the product page and delivery options for checkout. */
@Singleton
class PromisingDeliveries implements DeliveryPromises {

    private final Warehouses warehouses;
    private final PromiseCalculator calculator;
    private final PromiseRules rules;
    private final CarrierOffers offers;

    PromisingDeliveries(Warehouses warehouses, PromiseCalculator calculator, PromiseRules rules, CarrierOffers offers) {
        this.warehouses = warehouses;
        this.calculator = calculator;
        this.rules = rules;
        this.offers = offers;
    }

    @Override
    public DeliveryPromise promise(FulfilmentMode mode, String warehouseId, Instant paidAt) {
        return calculator.promise(mode, warehouse(warehouseId, "warehouseId"), paidAt);
    }

    @Override
    public List<DeliveryOption> options(DeliveryQuestion question, Instant now) {
        DivisionCode.of(question.divisionCode(), "divisionCode");
        if (question.lines().isEmpty()) {
            throw new RuleViolation("lines", "not-empty", "the basket has no lines");
        }
        Quantity.lineCount(question.lines().size(), "lines");
        Map<String, List<BasketLine>> groups = new LinkedHashMap<>();
        for (int i = 0; i < question.lines().size(); i++) {
            BasketLine line = question.lines().get(i);
            String field = "lines[" + i + "]";
            if (line.mode() == null) {
                throw new RuleViolation(field + ".mode", "required", "each line needs a fulfilment mode");
            }
            if (line.quantity() <= 0) {
                throw new RuleViolation(field + ".quantity", "positive", "quantity must be at least 1");
            }
            if (line.quantity() > Quantity.MAX_UNITS_PER_LINE) {
                throw new RuleViolation(field + ".quantity", "quantity-range", "at most " + Quantity.MAX_UNITS_PER_LINE + " units");
            }
            if (line.unitWeightGrams() <= 0) {
                throw new RuleViolation(field + ".unitWeightGrams", "positive", "unit weight must be positive");
            }
            if (line.unitWeightGrams() > DeliveryLimits.MAX_UNIT_WEIGHT_GRAMS) {
                throw new RuleViolation(field + ".unitWeightGrams", "weight-range", "at most "
                        + DeliveryLimits.MAX_UNIT_WEIGHT_GRAMS + " g per unit");
            }
            if (line.unitPrice() == null || line.unitPrice().isNegative()) {
                throw new RuleViolation(field + ".unitPrice", "not-negative", "unit price must be given and not negative");
            }
            DeliveryLimits.unitPrice(line.unitPrice().amount(), field + ".unitPrice");
            Text.optional(line.sku(), field + ".sku", 64);
            Warehouse w = warehouse(line.warehouseId(), field + ".warehouseId");
            if (!Routes.serves(line.mode(), w)) {
                throw new RuleViolation(field + ".warehouseId", "mode-mismatch",
                        "warehouse " + w.id() + " does not fulfil " + line.mode());
            }
            groups.computeIfAbsent(line.mode() + "|" + line.warehouseId(), k -> new ArrayList<>()).add(line);
        }
        for (List<BasketLine> group : groups.values()) {
            long grams = group.stream().mapToLong(l -> l.unitWeightGrams() * l.quantity()).sum();
            if (grams > DeliveryLimits.MAX_PARCEL_WEIGHT_GRAMS) {
                throw new RuleViolation("lines", "parcel-weight", "a parcel weighs at most "
                        + DeliveryLimits.MAX_PARCEL_WEIGHT_GRAMS / 1000 + " kg, this one " + grams / 1000 + " kg");
            }
        }
        List<DeliveryOption> options = new ArrayList<>();
        groups.values().forEach(lines -> options.add(option(lines, question.divisionCode(), now)));
        return options;
    }

    private DeliveryOption option(List<BasketLine> lines, String divisionCode, Instant now) {
        BasketLine first = lines.get(0);
        Warehouse warehouse = warehouse(first.warehouseId(), "warehouseId");
        DeliveryPromise promise = calculator.promise(first.mode(), warehouse, now);
        // Checkout asks before the consumer typed an address: a placeholder consignee in the right division is
        // enough to quote, because carriers price on the division code, weight and lane.
        Place consumer = new Place("收件人", "00000000000", "CN", divisionCode, null, null, null, "-", null);
        long grams = lines.stream().mapToLong(l -> l.unitWeightGrams() * l.quantity()).sum();
        List<Goods> goods = lines.stream().map(l -> new Goods(l.sku(), l.sku(), l.hsCode() == null ? "000000" : l.hsCode(),
                l.originCountry() == null ? "CN" : l.originCountry(), l.quantity(), l.unitWeightGrams(), l.unitPrice())).toList();
        Warehouse port = warehouses.find(rules.portWarehouseId()).orElse(null);
        Money bestFreight = null;
        List<String> bestCarriers = List.of();
        boolean deliverable = false;
        for (List<RouteLeg> route : Routes.plan(first.mode(), warehouse, port, rules.max(first.mode()))) {
            Money freight = Money.zero(Money.CNY);
            List<String> carriers = new ArrayList<>();
            boolean complete = true;
            boolean served = true;
            for (RouteLeg leg : route) {
                Place to = leg.toConsumer() ? consumer : leg.toPort().address();
                Manifest manifest = new Manifest(leg.from().address(), to, null, null, Regime.of(first.mode()), grams, goods);
                if (!complete) {
                    // The route has no price already: only whether it is served at all, without asking carriers.
                    served &= offers.served(leg, manifest);
                    continue;
                }
                List<CarrierOffer> ranked = offers.ranked(leg, manifest);
                served &= !ranked.isEmpty();
                CarrierOffer best = ranked.stream().filter(o -> o.price() != null).findFirst().orElse(null);
                if (best == null) {
                    complete = false;
                    continue; // the legs after it still tell whether the route is served at all
                }
                freight = freight.plus(best.price());
                carriers.add(best.candidate().carrierId() + "/" + best.candidate().serviceCode());
            }
            deliverable |= served;
            if (complete && (bestFreight == null || freight.compareTo(bestFreight) < 0)) {
                bestFreight = freight;
                bestCarriers = carriers;
            }
        }
        return new DeliveryOption(first.mode(), warehouse.id(), promise, bestFreight, bestCarriers, deliverable);
    }

    private Warehouse warehouse(String id, String field) {
        return warehouses.find(id).orElseThrow(() -> new RuleViolation(field, "unknown-warehouse", "no warehouse " + id));
    }
}
