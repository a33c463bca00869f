package archfixture.apiframework.catalog;

import io.micronaut.core.annotation.Introspected;

/** The same misuse, listed as a known exception in the test: the rule must pass over it. */
@Introspected
public record PriceView(String sku, String amount) {

    /** Nested classes share their enclosing class's exception. */
    @Introspected
    public record Line(String text) {
    }
}
