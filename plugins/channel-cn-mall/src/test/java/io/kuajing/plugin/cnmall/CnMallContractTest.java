package io.kuajing.plugin.cnmall;

import java.util.Map;

import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.tck.marketplace.MarketplacePluginContract;

/** The marketplace TCK over the Chinese storefront channel: descriptor, roles and capabilities, class-loader isolation. */
class CnMallContractTest extends MarketplacePluginContract {

    @Override
    protected MarketplacePlugin newPlugin() {
        return new CnMallChannel();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("base-url", "https://top.test", "app-key", "12345678", "app-secret", "secret", "session", "6100test");
    }

    @Override
    protected Map<String, String> settingsWithBrokenRows() {
        return settings();
    }
}
