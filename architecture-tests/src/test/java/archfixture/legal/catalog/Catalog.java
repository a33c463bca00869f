package archfixture.legal.catalog;

import archfixture.legal.kernel.Sku;
import java.util.Optional;

public interface Catalog {
    Optional<OfferSnapshot> offer(Sku sku);
}
