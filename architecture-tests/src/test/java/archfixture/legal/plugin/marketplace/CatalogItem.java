package archfixture.legal.plugin.marketplace;

/** An SPI data type in a per-kind sub-package: part of the plugin module's API. */
public record CatalogItem(String sku, String title) {
}
