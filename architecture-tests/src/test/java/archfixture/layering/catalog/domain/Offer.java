package archfixture.layering.catalog.domain;

import archfixture.layering.catalog.application.PricingService;

/** Planted: the domain reaching outwards to a use case. */
public class Offer {
    void reprice(PricingService pricing) {
    }
}
