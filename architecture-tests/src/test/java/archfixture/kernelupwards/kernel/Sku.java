package archfixture.kernelupwards.kernel;

import archfixture.kernelupwards.catalog.ProductId;

/** Planted: the kernel knows a catalog type. */
public record Sku(String value, ProductId product) {
}
