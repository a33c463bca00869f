package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;

/** A question for prices: these parcels, from here to there, under this regime, on one service (or all when null). */
public record RateRequest(String serviceCode, Address shipFrom, Address shipTo, List<Parcel> parcels,
                          List<Commodity> commodities, CustomsRegime regime) {

    public RateRequest {
        Objects.requireNonNull(shipFrom, "shipFrom");
        Objects.requireNonNull(shipTo, "shipTo");
        Objects.requireNonNull(regime, "regime");
        parcels = List.copyOf(parcels);
        commodities = List.copyOf(commodities == null ? List.of() : commodities);
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("at least one parcel");
        }
    }

    /** Sum of the parcels' gross weights, exact. */
    public Weight totalWeight() {
        return parcels.stream().map(Parcel::weight).reduce(Weight::plus).orElseThrow();
    }
}
