package io.kuajing.customs.domain.quota;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The quota ledger's key for a buyer: a keyed hash (HMAC-SHA256, hex) of the ID number, plus the masked number
 * for listings. Hashing without a secret key would not protect an 18-digit number (its space is small enough to
 * enumerate), hence the key.
 */
@ValueObject
public record BuyerKey(String hash, String masked) {

    public BuyerKey {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("buyer key must be 64 hex characters");
        }
    }

    @Override
    public String toString() {
        return masked;
    }
}
