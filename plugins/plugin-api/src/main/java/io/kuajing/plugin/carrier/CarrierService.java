package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;

/**
 * A service a carrier sells (e.g. standard air, next-day express): its code, the leg it covers, its lanes and its
 * usual transit time in working days, which the host uses to keep delivery promises.
 */
public record CarrierService(String code, String name, Leg leg, List<Lane> lanes, int minTransitDays, int maxTransitDays) {

    public CarrierService {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leg, "leg");
        lanes = List.copyOf(lanes);
        if (minTransitDays < 0 || maxTransitDays < minTransitDays) {
            throw new IllegalArgumentException("transit days must satisfy 0 <= min <= max: " + minTransitDays + ".." + maxTransitDays);
        }
    }

    public boolean serves(String origin, String destination, CustomsRegime regime) {
        return lanes.stream().anyMatch(l -> l.serves(origin, destination, regime));
    }
}
