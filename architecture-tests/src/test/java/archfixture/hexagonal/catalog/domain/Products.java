package archfixture.hexagonal.catalog.domain;

import archfixture.hexagonal.catalog.adapter.persistence.ProductRows;

/** Planted: the domain talks to the adapter instead of a secondary port it declares. */
public class Products {
    private final ProductRows rows = new ProductRows();

    public void add(String sku) {
        rows.insert(sku);
    }
}
