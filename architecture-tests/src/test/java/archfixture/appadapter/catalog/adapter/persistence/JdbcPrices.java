package archfixture.appadapter.catalog.adapter.persistence;

public class JdbcPrices {
    public String find(String sku) {
        return sku;
    }
}
