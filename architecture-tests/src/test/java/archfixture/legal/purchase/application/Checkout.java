package archfixture.legal.purchase.application;

import archfixture.legal.catalog.Catalog;
import archfixture.legal.catalog.OfferSnapshot;
import archfixture.legal.kernel.Sku;
import java.util.Optional;

public class Checkout {
    private final Catalog catalog;

    public Checkout(Catalog catalog) {
        this.catalog = catalog;
    }

    public Optional<OfferSnapshot> quote(String sku) {
        return catalog.offer(new Sku(sku));
    }
}
