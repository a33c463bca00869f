package io.kuajing.purchase.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/**
 * Checkouts by their Idempotency-Key: one per consumer and key. A checkout's orders carry its key
 * ({@link Orders#place}), so placing them claims the key, and a retried submission finds the checkout that holds it
 * instead of placing a second order.
 */
@Repository
public interface Checkouts {

    /** What a checkout places its orders under: the consumer's key and the fingerprint of the request it was for. */
    record Claim(String owner, String key, String checkoutId, String requestFingerprint) {
    }

    /** An earlier checkout under the same key, and the fingerprint of the request it was made for. */
    record Earlier(String checkoutId, String requestFingerprint) {
    }

    /** The checkout that holds {@code key}, if one does. */
    Optional<Earlier> find(String owner, String key);
}
