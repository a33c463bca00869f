package archfixture.apiframework.catalog;

import io.micronaut.core.annotation.Introspected;

/** Planted: an API record carrying its HTTP/JSON shape's framework annotation. */
@Introspected
public record OfferView(String sku, String title) {
}
