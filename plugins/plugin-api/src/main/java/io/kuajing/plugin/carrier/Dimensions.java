package io.kuajing.plugin.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Outer dimensions of a parcel with their unit. */
public record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, LengthUnit unit) {

    public Dimensions {
        Objects.requireNonNull(unit, "unit");
        for (BigDecimal side : new BigDecimal[] {length, width, height}) {
            if (side == null || side.signum() <= 0) {
                throw new IllegalArgumentException("every side must be positive: " + side);
            }
        }
    }

    public static Dimensions cm(String length, String width, String height) {
        return new Dimensions(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height), LengthUnit.CENTIMETRE);
    }

    /** One side in centimetres, exact. */
    public BigDecimal centimetres(BigDecimal side) {
        return plain(side.multiply(unit.millimetres()).divide(BigDecimal.TEN));
    }

    /** Volume in cubic centimetres, exact. */
    public BigDecimal cubicCentimetres() {
        return plain(centimetres(length).multiply(centimetres(width)).multiply(centimetres(height)));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Volumetric (dimensional) weight as carriers bill it: cm³ / divisor kg (air usually 6000, express 5000),
     * rounded up to the gram because a started gram is charged.
     */
    public Weight volumetricWeight(int divisor) {
        BigDecimal kg = cubicCentimetres().divide(BigDecimal.valueOf(divisor), 3, RoundingMode.UP);
        return new Weight(kg, WeightUnit.KILOGRAM);
    }
}
