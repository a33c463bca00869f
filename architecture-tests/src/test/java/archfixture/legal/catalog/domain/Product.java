package archfixture.legal.catalog.domain;

import archfixture.legal.kernel.Sku;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

@AggregateRoot
public class Product {
    @Identity
    private final Sku sku;
    private final String title;

    public Product(Sku sku, String title) {
        this.sku = sku;
        this.title = title;
    }

    public Sku sku() {
        return sku;
    }

    public String title() {
        return title;
    }
}
