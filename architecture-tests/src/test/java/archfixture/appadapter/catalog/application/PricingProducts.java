package archfixture.appadapter.catalog.application;

import archfixture.appadapter.catalog.adapter.persistence.JdbcPrices;

/** Planted: a use case holding an adapter instead of the port it implements. */
public class PricingProducts {
    private final JdbcPrices prices = new JdbcPrices();

    public String price(String sku) {
        return prices.find(sku);
    }
}
