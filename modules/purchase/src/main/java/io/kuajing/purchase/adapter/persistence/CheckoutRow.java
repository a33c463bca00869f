package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_checkout}: a consumer's Idempotency-Key, the checkout that took it and the fingerprint of
 * its request. Keyed by (owner, key); no {@code @Id}, since only native statements touch it.
 */
@MappedEntity("purchase_checkout")
record CheckoutRow(String owner, String idempotencyKey, String checkoutId, String requestFingerprint,
                   LocalDateTime createdAt) {
}
