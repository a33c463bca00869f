package io.kuajing.purchase.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/**
 * The idempotency record of checkouts: one per consumer and Idempotency-Key. Claiming a key that another
 * checkout already holds answers that checkout instead, so a retried submission never places a second order.
 */
@Repository
public interface Checkouts {

    /** An earlier checkout under the same key, and the fingerprint of the request it was made for. */
    record Earlier(String checkoutId, String requestFingerprint) {
    }

    /**
     * Claims {@code key} for {@code checkoutId}; must be the first statement of the checkout's transaction so a
     * concurrent twin waits for it and then sees its orders.
     *
     * @return the earlier checkout when the key was already taken, empty when this call now owns it
     */
    Optional<Earlier> claim(String owner, String key, String checkoutId, String requestFingerprint);

    /** The checkout that holds {@code key}, if one does. */
    Optional<Earlier> find(String owner, String key);
}
