package io.kuajing.catalog;

import java.util.List;
import java.util.Map;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Sku;

/**
 * A product as a consumer sees it on a date: zh-CN presentation (or the original, with {@code translated = false}:
 * such a product is never shown to consumers nor declared to customs; checkout refuses it with {@code not-translated}),
 * HS code and positive-list standing, a landed price per available mode (cheapest first) and why the other modes
 * are not available.
 *
 * @param eligibility LISTED, BONDED_ONLY, NOT_LISTED or UNCLASSIFIED
 * @param weightGrams the unit weight the marketplace reported, for shipping; null when it did not
 * @param origin        the goods' country of origin (from the feed or set by an operator), as customs declares it;
 *                      null when nobody has said it yet — never guessed from the warehouse that ships it
 * @param specification the zh-CN specification (规格: size, volume, net content) customs declares in gmodel; may be null
 * @param title         when {@code translated}, the approved zh-CN title; {@code brand} then the approved zh-CN brand
 *                      (null when the product has none): the names customs declares
 */
public record ProductSnapshot(Sku sku, String title, String description, String language, boolean translated,
                              String brand, String category, String hsCode, String eligibility,
                              List<LandedPrice> prices, Map<FulfilmentMode, String> unavailable, Integer weightGrams,
                              CountryCode origin, String specification) {

    public ProductSnapshot {
        prices = List.copyOf(prices);
        unavailable = Map.copyOf(unavailable);
    }
}
