package io.kuajing.plugin.jpspapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.sellingpartner.SellingPartnerChannel;
import io.kuajing.plugin.tck.marketplace.MarketplacePluginContract;

/** The marketplace TCK over the Japanese channel plugin: descriptor, roles and capabilities, class-loader isolation. */
class JpSpApiSellingPartnerContractTest extends MarketplacePluginContract {

    @Override
    protected MarketplacePlugin newPlugin() {
        return new JpSpApiSellingPartner();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("base-url", "https://sp.test", "seller-id", "A3JPSELLER", "access-token", "Atza|test-token");
    }

    @Override
    protected Map<String, String> settingsWithBrokenRows() {
        return settings();
    }

    /** The plugin's JAR carries the shared Selling Partner API client (shaded in at packaging). */
    @Override
    protected List<Path> bundledLibraries() {
        return List.of(codeSourceOf(SellingPartnerChannel.class));
    }
}
