package io.kuajing.purchase.application;

import io.kuajing.catalog.LandedPrice;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;

/** A basket line priced in its mode; {@code index} is its place in the request, for refusals that name it. */
record PricedLine(int index, Sku sku, String title, HsCode hsCode, int quantity, LandedPrice price, Integer weightGrams) {

    CountryCode origin() {
        return price.shipFromCountry() == null ? null : CountryCode.of(price.shipFromCountry());
    }

    /** The order it goes into: one per fulfilment mode and ship-from warehouse. */
    String group() {
        return price.mode() + "@" + price.warehouseCode();
    }
}
