package archfixture.platformupwards.catalog;

public record ProductPublished(String sku) {
}
