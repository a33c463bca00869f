package archfixture.apiinternals.catalog;

import archfixture.apiinternals.catalog.domain.Product;

/** Planted: the API hands out the module's own domain aggregate. */
public interface ProductView {
    Product product(String sku);
}
