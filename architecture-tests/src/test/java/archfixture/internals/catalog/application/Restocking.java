package archfixture.internals.catalog.application;

import archfixture.internals.purchase.adapter.persistence.Internal;

/** Planted: catalog reads purchase's persistence internals. */
public class Restocking {
    private Internal orderRows;
}
