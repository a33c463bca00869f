package archfixture.internals.purchase;

/** Purchase's API: what other modules are allowed to use. */
public interface Orders {
}
