package io.kuajing.customs.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.kernel.ChineseIdNumber;
import jakarta.inject.Singleton;

/** Turns an ID number into the ledger key: HMAC-SHA256 under the configured secret, and the masked number. */
@Singleton
public class BuyerKeys {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BuyerKeys.class);

    /**
     * One initialised HMAC per thread: looking the algorithm up and keying it again for every ID number took half of
     * this class's time on a checkout (docs/performance.md, "Checkout"); {@code doFinal} leaves it ready for the next.
     */
    private final ThreadLocal<Mac> macs;

    /** Public, so it protects nothing: only for development and demos, with a warning at every start. */
    static final String DEVELOPMENT_SECRET = "kuajing-development-buyer-key-NOT-FOR-PRODUCTION";

    public BuyerKeys(CustomsSettings settings) {
        String secret = settings.getBuyerKeySecret();
        if (secret == null) {
            LOG.warn("kuajing.customs.buyer-key-secret is not set: buyer ID numbers are keyed with the public "
                    + "development secret. Set it (and never change it) in production.");
            secret = DEVELOPMENT_SECRET;
        }
        if (secret.length() < 16) {
            throw new IllegalStateException("kuajing.customs.buyer-key-secret must have at least 16 characters");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        });
    }

    public BuyerKey of(ChineseIdNumber id) {
        byte[] digest = macs.get().doFinal(id.value().getBytes(StandardCharsets.US_ASCII));
        return new BuyerKey(HexFormat.of().formatHex(digest), id.masked());
    }
}
