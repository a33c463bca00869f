package archfixture.kernelupwards.catalog;

public record ProductId(String value) {
}
