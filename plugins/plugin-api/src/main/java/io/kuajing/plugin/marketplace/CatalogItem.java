package io.kuajing.plugin.marketplace;

import java.util.Objects;

/**
 * An item of a source marketplace's catalogue, as the marketplace describes it (in its own language).
 *
 * @param externalRef  the marketplace's stable reference (ASIN, item code); unique within the plugin
 * @param site         the site it was read from, one of the plugin's {@link MarketplaceProfile#sites()}
 * @param language     BCP 47 tag of title and description, for example {@code en-US}, {@code ja-JP}
 * @param description  may be null
 * @param brand        may be null
 * @param category     the marketplace's category, free text; may be null
 * @param gtin         EAN/JAN/UPC when the marketplace has one (lets the host match the same product across
 *                     marketplaces); may be null
 * @param hsCode       a Chinese HS code when the feed carries a classification; may be null (the host classifies)
 * @param weightGrams  shipping weight when known, for freight estimates; may be null
 * @param countryOfOrigin where the goods were made (ISO 3166 alpha-2, e.g. {@code US}), as the marketplace states
 *                     it (SP-API's {@code country_of_origin} attribute); null when the feed does not say. Customs
 *                     declares it; never the warehouse's country. An addition (SPI version stays 1): older plugins use
 *                     the ten-argument constructor and pass none.
 */
public record CatalogItem(String externalRef, String site, String title, String language, String description,
                          String brand, String category, String gtin, String hsCode, Integer weightGrams,
                          String countryOfOrigin) {

    /** An item whose feed does not state the country of origin (the shape before the origin was added). */
    public CatalogItem(String externalRef, String site, String title, String language, String description,
                       String brand, String category, String gtin, String hsCode, Integer weightGrams) {
        this(externalRef, site, title, language, description, brand, category, gtin, hsCode, weightGrams, null);
    }

    public CatalogItem {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(language, "language");
        if (externalRef == null || externalRef.isBlank()) {
            throw new IllegalArgumentException("external ref is required");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required: " + externalRef);
        }
        if (weightGrams != null && weightGrams <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weightGrams);
        }
    }
}
