package io.kuajing.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What makes two marketplace items the same product. A valid GTIN (EAN/JAN/UPC) wins, so the same tin of formula
 * from amazon.com and amazon.co.jp is one product with offers from both; without one, the marketplace and its
 * reference. The SKU is derived from the identity (so re-imports and other nodes compute the same SKU without asking
 * the database): "KJ-" and 12 base-32 characters of its SHA-256, 60 bits, collision-free in practice at catalogue
 * sizes (a collision fails the insert on the identity key rather than merging two products).
 */
@ValueObject
public record ProductIdentity(String key) {

    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    public ProductIdentity {
        Objects.requireNonNull(key, "key");
    }

    public static ProductIdentity of(String marketplace, String externalRef, String gtin) {
        if (gtin != null && isValidGtin(gtin)) {
            // Pad to GTIN-14 so UPC-A 12, EAN-13 and GTIN-14 spellings of one code match.
            return new ProductIdentity("gtin:" + "0".repeat(14 - gtin.length()) + gtin);
        }
        return new ProductIdentity("ref:" + marketplace + ":" + externalRef);
    }

    public Sku sku() {
        byte[] hash = sha256(key);
        StringBuilder sku = new StringBuilder("KJ-");
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        for (int i = 0; i < 12; i++) {
            sku.append(BASE32[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return new Sku(sku.toString());
    }

    /** GS1 check digit over GTIN-8/12/13/14. */
    public static boolean isValidGtin(String digits) {
        if (digits == null || !digits.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = digits.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
