package io.kuajing.plugin.sellingpartner;

import java.math.BigDecimal;
import java.util.Objects;

import io.kuajing.plugin.carrier.WeightUnit;

/**
 * The rules of one Amazon store that the Selling Partner API leaves to the store: its marketplace id, the currency
 * it sells in and how many decimals a price has there, the unit it takes package weights in, and the regional
 * endpoint that serves it. The API's paths and JSON shapes are the same for every store.
 *
 * @param site              the store front, e.g. {@code amazon.co.jp}
 * @param marketplaceId     Amazon's id of the store, sent with every call
 * @param currency          ISO 4217 code of the store's prices
 * @param currencyScale     decimals a price has there (USD 2: cents; JPY 0: whole yen)
 * @param weightUnit        the unit {@code item_package_weight} is sent in
 * @param weightUnitName    Amazon's name of that unit in the attribute ({@code pounds}, {@code kilograms})
 * @param endpoint          the region's Selling Partner API endpoint (North America, Far East, ...)
 */
public record AmazonStore(String site, String marketplaceId, String currency, int currencyScale, WeightUnit weightUnit,
                          String weightUnitName, String endpoint) {

    /** amazon.com: dollars to the cent, pounds, the North America endpoint. */
    public static final AmazonStore US = new AmazonStore("amazon.com", "ATVPDKIKX0DER", "USD", 2, WeightUnit.POUND,
            "pounds", "https://sellingpartnerapi-na.amazon.com");
    /** amazon.co.jp: whole yen, kilograms, the Far East endpoint. */
    public static final AmazonStore JAPAN = new AmazonStore("amazon.co.jp", "A1VC38T7YXB528", "JPY", 0,
            WeightUnit.KILOGRAM, "kilograms", "https://sellingpartnerapi-fe.amazon.com");

    public AmazonStore {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(marketplaceId, "marketplaceId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(weightUnit, "weightUnit");
        Objects.requireNonNull(weightUnitName, "weightUnitName");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Whether {@code amount} is a price this store takes as it is: positive, at most the currency's decimals. */
    boolean takes(BigDecimal amount) {
        return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= currencyScale;
    }
}
