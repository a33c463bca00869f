package io.kuajing.catalog.domain;

import java.util.Map;

import io.kuajing.kernel.Sku;

/**
 * What the catalogue already holds for the listings of one import page: products by identity key (their SKU, owning
 * listing and content hash) and the marketplace's offers by key. The import plans against it.
 */
public record KnownState(Map<String, KnownProduct> products, Map<OfferKey, Offer> offers) {

    public KnownState {
        products = Map.copyOf(products);
        offers = Map.copyOf(offers);
    }

    /** A product as far as an import needs to know it: its SKU, the listing that owns its description, its hash. */
    public record KnownProduct(Sku sku, String source, String sourceRef, String contentHash) {

        boolean ownedBy(String marketplace, String externalRef) {
            return source.equals(marketplace) && sourceRef.equals(externalRef);
        }
    }
}
