package io.kuajing.purchase.application;

import io.kuajing.catalog.LandedPrice;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;

/**
 * A basket line priced in its mode; {@code index} is its place in the request, for refusals that name it. The
 * product's {@code origin}, {@code brand} and {@code specification} go on the order line for customs.
 */
record PricedLine(int index, Sku sku, String title, HsCode hsCode, int quantity, LandedPrice price, Integer weightGrams,
                  CountryCode origin, String brand, String specification) {

    /** The country the warehouse ships from (not the goods' origin). */
    CountryCode shipsFrom() {
        return price.shipFromCountry() == null ? null : CountryCode.of(price.shipFromCountry());
    }

    /** The order it goes into: one per fulfilment mode and ship-from warehouse. */
    String group() {
        return price.mode() + "@" + price.warehouseCode();
    }
}
