package archfixture.ddd.catalog.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** Planted: holds the Supplier aggregate itself where it should hold a SupplierId. */
@AggregateRoot
public class Product {
    @Identity
    private String id;
    private Supplier supplier;
}
