package io.kuajing.catalog.domain;

import java.util.List;

/**
 * A catalogue item as a source marketplace delivered it, with its offers, before the catalogue validated it.
 * Fields are raw (the HS code is text) because rejecting bad data with a reason is the import's job.
 *
 * @param countryOfOrigin where the goods were made, as the feed says it (ISO 3166 alpha-2); null when it does not
 */
public record SourceListing(String externalRef, String title, String description, String language, String brand,
                            String category, String gtin, String hsCode, Integer weightGrams, List<SourceOffer> offers,
                            String countryOfOrigin) {

    public SourceListing {
        offers = List.copyOf(offers);
    }

    public SourceListing(String externalRef, String title, String description, String language, String brand,
                         String category, String gtin, String hsCode, Integer weightGrams, List<SourceOffer> offers) {
        this(externalRef, title, description, language, brand, category, gtin, hsCode, weightGrams, offers, null);
    }
}
