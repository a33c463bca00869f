package io.kuajing.customs.adapter.signer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.SecureRandom;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * SM2 signatures with SM3 (GB/T 32918, GM/T 0003), through Bouncy Castle's lightweight API: the signer's
 * identity Z is computed with the default user id of GM/T 0009, {@code 1234567812345678}, which is what customs'
 * keys and verifiers use (the specification names no other).
 *
 * <p>The signature value's encoding is the one thing customs' specification leaves open: {@link Encoding#RAW}
 * (r||s, 64 bytes) is what SM2 keys and signing devices return (GM/T 0016/0018 ECCSIGNATUREBLOB), {@link
 * Encoding#DER} is GM/T 0009's SM2Signature SEQUENCE. Verification accepts both.
 */
final class Sm2 {

    static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    private static final int RAW_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile ParsedKey lastParsed;

    /** How the signature value (r, s) is written. */
    enum Encoding {
        RAW(PlainDSAEncoding.INSTANCE), DER(StandardDSAEncoding.INSTANCE);

        private final DSAEncoding encoding;

        Encoding(DSAEncoding encoding) {
            this.encoding = encoding;
        }

        static Encoding ofSetting(String name) {
            for (Encoding e : values()) {
                if (e.name().equalsIgnoreCase(name.strip())) {
                    return e;
                }
            }
            throw new IllegalStateException("kuajing.customs.signer.sm2-signature-encoding must be raw or der, not '"
                    + name + "'");
        }
    }

    private Sm2() {
    }

    /**
     * Signs with one key. Initialising Bouncy Castle's signer derives the key's public point, a scalar multiplication
     * as dear as the signature itself (four per declared order): each thread initialises its signer once and reuses
     * it, since a signer is not thread-safe and resets itself after every signature.
     */
    static final class KeySigner {

        private final ThreadLocal<SM2Signer> perThread;

        KeySigner(ECPrivateKeyParameters key, Encoding encoding) {
            this.perThread = ThreadLocal.withInitial(() -> {
                SM2Signer signer = new SM2Signer(encoding.encoding, new SM3Digest());
                signer.init(true, new ParametersWithID(new ParametersWithRandom(key, RANDOM), DEFAULT_USER_ID));
                return signer;
            });
        }

        byte[] sign(byte[] data) {
            SM2Signer signer = perThread.get();
            signer.reset(); // nothing half-fed is left by a signature an exception interrupted
            signer.update(data, 0, data.length);
            try {
                return signer.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("SM2 signing failed", e);
            }
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] value) {
        AsymmetricKeyParameter publicKey;
        try {
            publicKey = parameters(key);
        } catch (IOException | RuntimeException notAnSm2Key) {
            return false;
        }
        Encoding encoding = value.length == RAW_LENGTH ? Encoding.RAW : Encoding.DER;
        SM2Signer signer = new SM2Signer(encoding.encoding, new SM3Digest());
        try {
            signer.init(false, new ParametersWithID(publicKey, DEFAULT_USER_ID));
        } catch (RuntimeException notAnEcKey) {
            return false;
        }
        signer.update(data, 0, data.length);
        return signer.verifySignature(value);
    }

    /**
     * The key as Bouncy Castle's signer takes it, parsed once for as long as the same key is given: a verifier checks
     * one company's signatures over and over (the customs sandbox four per declared order), and parsing decodes and
     * validates the public point every time. One key remembered, immutable, so threads share it without a lock.
     */
    private static AsymmetricKeyParameter parameters(PublicKey key) throws IOException {
        ParsedKey last = lastParsed;
        if (last != null && last.key().equals(key)) {
            return last.parameters();
        }
        AsymmetricKeyParameter parsed = PublicKeyFactory.createKey(key.getEncoded());
        lastParsed = new ParsedKey(key, parsed);
        return parsed;
    }

    private record ParsedKey(PublicKey key, AsymmetricKeyParameter parameters) {
    }
}
