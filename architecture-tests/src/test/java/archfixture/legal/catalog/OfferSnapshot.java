package archfixture.legal.catalog;

import archfixture.legal.kernel.Sku;

public record OfferSnapshot(Sku sku, String title) {
}
