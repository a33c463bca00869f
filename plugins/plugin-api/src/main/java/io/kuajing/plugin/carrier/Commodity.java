package io.kuajing.plugin.carrier;

import java.util.Objects;
import java.util.regex.Pattern;

/** One line of goods in a parcel: what it is (HS code), where it was made, how many, and what one unit is worth. */
public record Commodity(String sku, String description, String hsCode, String originCountry, int quantity,
                        Amount unitValue, Weight unitWeight) {

    private static final Pattern HS = Pattern.compile("[0-9]{6,10}");

    public Commodity {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitValue, "unitValue");
        if (hsCode == null || !HS.matcher(hsCode).matches()) {
            throw new IllegalArgumentException("HS code must be 6 to 10 digits: " + hsCode);
        }
        if (originCountry == null || originCountry.length() != 2) {
            throw new IllegalArgumentException("origin must be ISO 3166-1 alpha-2: " + originCountry);
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    /** Unit value times quantity, exact. */
    public Amount totalValue() {
        return new Amount(unitValue.value().multiply(java.math.BigDecimal.valueOf(quantity)), unitValue.currency());
    }
}
