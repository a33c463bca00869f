package archfixture.pluginhost.catalog;

public record Offer(String sku) {
}
