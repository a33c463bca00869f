package io.kuajing.purchase.domain;

import org.jmolecules.ddd.annotation.Repository;

/** Where baskets are kept. Every method runs in the caller's transaction. */
@Repository
public interface Baskets {

    /** The owner's basket (empty when they have none). */
    Basket of(String owner);

    /**
     * The owner's basket, locked until the transaction ends: two tabs changing it, or two checkouts of it, take
     * turns, so a basket is never checked out twice.
     */
    Basket lock(String owner);

    /** Stores the basket's lines as they are now. */
    void save(Basket basket);
}
