package archfixture.ddd.catalog.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

@AggregateRoot
public class Supplier {
    @Identity
    private String id;
}
