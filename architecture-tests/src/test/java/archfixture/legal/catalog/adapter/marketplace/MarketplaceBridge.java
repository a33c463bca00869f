package archfixture.legal.catalog.adapter.marketplace;

import archfixture.legal.plugin.CarrierPlugin;
import archfixture.legal.plugin.marketplace.CatalogItem;
import java.util.List;

/** A secondary adapter bridging the plugin SPI to the domain: allowed, the SPI is the plugin module's API. */
public class MarketplaceBridge {
    public List<String> ids(List<CarrierPlugin> plugins) {
        return plugins.stream().map(CarrierPlugin::id).toList();
    }

    public String title(CatalogItem item) {
        return item.title();
    }
}
