package io.kuajing.plugin.marketplace;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The warehouse an offer ships from. Its type decides which fulfilment modes the stock can serve: an OVERSEAS
 * warehouse direct mail, a BONDED warehouse in China flash purchase, a DOMESTIC warehouse in China direct purchase.
 *
 * @param warehouseCode the marketplace's code for the warehouse (for example an FBA centre {@code ONT8})
 * @param country       ISO 3166-1 alpha-2 country of the warehouse
 */
public record ShipFrom(String warehouseCode, String country, WarehouseType type) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public ShipFrom {
        Objects.requireNonNull(type, "type");
        if (warehouseCode == null || warehouseCode.isBlank()) {
            throw new IllegalArgumentException("warehouse code is required");
        }
        if (country == null || !ISO.contains(country)) {
            throw new IllegalArgumentException("warehouse country must be ISO 3166-1 alpha-2: " + country);
        }
        if ((type == WarehouseType.OVERSEAS) == country.equals("CN")) {
            throw new IllegalArgumentException("an OVERSEAS warehouse is outside China, BONDED and DOMESTIC ones inside: "
                    + warehouseCode + " " + country + " " + type);
        }
    }

    /** Where the stock sits relative to Chinese customs. */
    public enum WarehouseType {
        OVERSEAS, BONDED, DOMESTIC
    }
}
