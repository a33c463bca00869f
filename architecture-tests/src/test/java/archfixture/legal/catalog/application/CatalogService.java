package archfixture.legal.catalog.application;

import archfixture.legal.catalog.Catalog;
import archfixture.legal.catalog.OfferSnapshot;
import archfixture.legal.catalog.domain.Products;
import archfixture.legal.kernel.Sku;
import archfixture.legal.platform.Outbox;
import java.util.Optional;

public class CatalogService implements Catalog {
    private final Products products;
    private final Outbox outbox;

    public CatalogService(Products products, Outbox outbox) {
        this.products = products;
        this.outbox = outbox;
    }

    @Override
    public Optional<OfferSnapshot> offer(Sku sku) {
        outbox.publish(sku);
        return products.find(sku).map(p -> new OfferSnapshot(p.sku(), p.title()));
    }
}
