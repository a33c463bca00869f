package io.kuajing.plugin.carrier;

import java.math.BigDecimal;

/** A unit of length with its exact size in millimetres (the inch is exactly 25.4 mm). */
public enum LengthUnit {
    MILLIMETRE("1"),
    CENTIMETRE("10"),
    METRE("1000"),
    INCH("25.4");

    private final BigDecimal millimetres;

    LengthUnit(String millimetres) {
        this.millimetres = new BigDecimal(millimetres);
    }

    public BigDecimal millimetres() {
        return millimetres;
    }
}
