package archfixture.legal.catalog.adapter.persistence;

import archfixture.legal.catalog.domain.Product;
import archfixture.legal.catalog.domain.Products;
import archfixture.legal.kernel.Sku;
import java.util.Optional;

public class InMemoryProducts implements Products {
    @Override
    public Optional<Product> find(Sku sku) {
        return Optional.of(new Product(sku, "奶粉"));
    }
}
