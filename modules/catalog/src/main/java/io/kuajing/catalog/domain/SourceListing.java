package io.kuajing.catalog.domain;

import java.util.List;

/**
 * A catalogue item as a source marketplace delivered it, with its offers, before the catalogue validated it.
 * Fields are raw (the HS code is text) because rejecting bad data with a reason is the import's job.
 */
public record SourceListing(String externalRef, String title, String description, String language, String brand,
                            String category, String gtin, String hsCode, Integer weightGrams, List<SourceOffer> offers) {

    public SourceListing {
        offers = List.copyOf(offers);
    }
}
