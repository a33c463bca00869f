package io.kuajing.plugin.marketplace;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What Kuajing sells on a channel under its own SKU. Upserting the same listing twice leaves the channel as after
 * the first call: the SKU is the idempotency key.
 *
 * @param sku        Kuajing's SKU, the key of the listing on the channel
 * @param language   BCP 47 tag of title and description
 * @param attributes channel-specific extras (bullet points, category ids); may be empty
 * @param weightKg   shipping weight of one unit in kilograms; the plugin converts it to the channel's unit (pounds on
 *                   amazon.com); null when unknown
 */
public record Listing(String sku, String title, String description, String language, String gtin, Price price,
                      int stock, Map<String, String> attributes, BigDecimal weightKg) {

    public Listing {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(price, "price");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        if (stock < 0) {
            throw new IllegalArgumentException("stock is never negative: " + stock);
        }
        if (weightKg != null && weightKg.signum() <= 0) {
            throw new IllegalArgumentException("a weight is positive: " + weightKg);
        }
    }

    /** A listing without a weight, as SPI version 1 first had it: plugins built then still link. */
    public Listing(String sku, String title, String description, String language, String gtin, Price price, int stock,
                   Map<String, String> attributes) {
        this(sku, title, description, language, gtin, price, stock, attributes, null);
    }
}
