package archfixture.legal.catalog.domain;

import archfixture.legal.kernel.Sku;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

@SecondaryPort
public interface Products {
    Optional<Product> find(Sku sku);
}
