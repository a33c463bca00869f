package archfixture.hexagonal.catalog.adapter.persistence;

public class ProductRows {
    public void insert(String sku) {
    }
}
