package io.kuajing.plugin.jpcsv;

import java.nio.file.Path;
import java.util.Map;

import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.tck.marketplace.MarketplacePluginContract;

/** The marketplace TCK over the shipped sample export, which has broken rows on purpose. */
class JpCsvContractTest extends MarketplacePluginContract {

    static final Path SAMPLES = Path.of("../../config/samples/jp-csv");

    @Override
    protected MarketplacePlugin newPlugin() {
        return new JpCsvMarketplace();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("feed-dir", SAMPLES.toString());
    }

    @Override
    protected Map<String, String> settingsWithBrokenRows() {
        return settings();
    }
}
