package io.kuajing.customs.domain.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Statutory import tax rates of an HS prefix from a date. {@code tariff} is null when not on file (only general
 * trade needs it). The consumption-tax thresholds, when present, exempt cheap units: high-end cosmetics pay
 * consumption tax only at or above RMB 10 per ml/g or RMB 15 per piece (财税〔2016〕103号).
 */
@ValueObject
public record TaxRate(String hsPrefix, LocalDate effectiveFrom, BigDecimal tariff, BigDecimal vat,
                      BigDecimal consumption, BigDecimal minPricePerMlOrG, BigDecimal minPricePerPiece,
                      String description) {

    public TaxRate {
        Objects.requireNonNull(hsPrefix, "hsPrefix");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(vat, "vat");
        consumption = consumption == null ? BigDecimal.ZERO : consumption;
        if (consumption.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("consumption tax rate must be below 1: " + hsPrefix);
        }
    }

    /** Whether a unit at this taxable price (per ml/g when the content is known, else per piece) owes consumption tax. */
    public boolean consumptionTaxApplies(BigDecimal unitPrice, BigDecimal contentPerUnit) {
        if (consumption.signum() == 0) {
            return false;
        }
        if (contentPerUnit != null && contentPerUnit.signum() > 0 && minPricePerMlOrG != null) {
            BigDecimal perMlOrG = unitPrice.divide(contentPerUnit, 10, java.math.RoundingMode.HALF_UP);
            return perMlOrG.compareTo(minPricePerMlOrG) >= 0;
        }
        return minPricePerPiece == null || unitPrice.compareTo(minPricePerPiece) >= 0;
    }
}
