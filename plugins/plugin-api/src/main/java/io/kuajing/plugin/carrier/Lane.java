package io.kuajing.plugin.carrier;

import java.util.Objects;
import java.util.Set;

/** A lane a service serves: from an origin country to a destination country under the customs regimes it accepts. */
public record Lane(String originCountry, String destinationCountry, Set<CustomsRegime> regimes) {

    public Lane {
        Objects.requireNonNull(originCountry, "originCountry");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        regimes = Set.copyOf(regimes);
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("a lane accepts at least one customs regime");
        }
    }

    public boolean serves(String origin, String destination, CustomsRegime regime) {
        return originCountry.equals(origin) && destinationCountry.equals(destination) && regimes.contains(regime);
    }
}
