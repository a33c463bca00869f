package archfixture.internals.purchase.adapter.persistence;

public class Internal {
}
