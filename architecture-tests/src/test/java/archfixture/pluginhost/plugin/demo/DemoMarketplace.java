package archfixture.pluginhost.plugin.demo;

import archfixture.pluginhost.catalog.Offer;

/** Planted: a plugin returning the host's catalog type instead of the SPI's data types. */
public class DemoMarketplace {
    public Offer offer(String sku) {
        return new Offer(sku);
    }
}
