package io.kuajing.plugin.usspapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.sellingpartner.SellingPartnerChannel;
import io.kuajing.plugin.tck.marketplace.MarketplacePluginContract;

/** The marketplace TCK over the shipped sample export, which has broken rows on purpose. */
class SpApiExportContractTest extends MarketplacePluginContract {

    static final Path SAMPLES = Path.of("../../config/samples/us-spapi");

    @Override
    protected MarketplacePlugin newPlugin() {
        return new SpApiExportMarketplace();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("feed-dir", SAMPLES.toString());
    }

    @Override
    protected Map<String, String> settingsWithBrokenRows() {
        return settings();
    }

    /** The JAR also carries the shared Selling Partner API client its channel plugin (us-spapi) is built on. */
    @Override
    protected List<Path> bundledLibraries() {
        return List.of(codeSourceOf(SellingPartnerChannel.class));
    }
}
