package io.kuajing.purchase.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.logistics.BasketLine;
import io.kuajing.logistics.DeliveryOption;
import io.kuajing.logistics.DeliveryPromise;
import io.kuajing.logistics.DeliveryPromises;
import io.kuajing.logistics.DeliveryQuestion;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Logistics' delivery options as the purchase module sees them through its API, with four kinds of warehouse:
 * one whose carriers quote a parcel price, one no carrier serves, one logistics does not know (it refuses the
 * question), and all others, where no carrier could quote just now (so checkout falls back on the estimate).
 */
@Singleton
@Replaces(DeliveryPromises.class)
@Requires(env = "test")
class ShelfCarriers implements DeliveryPromises {

    static final String QUOTING_WAREHOUSE = "US-CA-02";
    static final String UNSERVED_WAREHOUSE = "US-AK-09";
    static final String UNKNOWN_WAREHOUSE = "US-NOWHERE";
    static final Money PARCEL_FREIGHT = Money.cny("12.00");

    @Override
    public DeliveryPromise promise(FulfilmentMode mode, String warehouseId, Instant paidAt) {
        LocalDate day = LocalDate.ofInstant(paidAt, ZoneOffset.UTC);
        return new DeliveryPromise(mode, warehouseId, day, day.plusDays(3), day.plusDays(8), 3, 8);
    }

    @Override
    public List<DeliveryOption> options(DeliveryQuestion question, Instant now) {
        for (int i = 0; i < question.lines().size(); i++) {
            if (question.lines().get(i).warehouseId().equals(UNKNOWN_WAREHOUSE)) {
                throw new io.kuajing.kernel.RuleViolation("lines[" + i + "].warehouseId", "unknown-warehouse", "no warehouse " + UNKNOWN_WAREHOUSE);
            }
        }
        Map<String, BasketLine> groups = new LinkedHashMap<>();
        question.lines().forEach(l -> groups.putIfAbsent(l.mode() + "@" + l.warehouseId(), l));
        return groups.values().stream().map(l -> new DeliveryOption(l.mode(), l.warehouseId(),
                promise(l.mode(), l.warehouseId(), now), l.warehouseId().equals(QUOTING_WAREHOUSE) ? PARCEL_FREIGHT : null,
                List.of(), !l.warehouseId().equals(UNSERVED_WAREHOUSE))).toList();
    }
}
