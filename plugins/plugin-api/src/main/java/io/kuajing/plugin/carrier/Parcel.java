package io.kuajing.plugin.carrier;

import java.util.Objects;

/** One physical parcel: its gross weight and, when measured, its dimensions (null when unknown). */
public record Parcel(Weight weight, Dimensions dimensions) {

    public Parcel {
        Objects.requireNonNull(weight, "weight");
    }

    public static Parcel of(Weight weight) {
        return new Parcel(weight, null);
    }

    /** The weight a carrier bills: the greater of actual and volumetric weight. */
    public Weight chargeableWeight(int volumetricDivisor) {
        if (dimensions == null) {
            return weight;
        }
        Weight volumetric = dimensions.volumetricWeight(volumetricDivisor);
        return volumetric.compareTo(weight) > 0 ? volumetric : weight;
    }
}
