package io.kuajing.customs.adapter.signer;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The two signature methods customs' message specification (202205 edition, chapter 6 "签名") accepts, with the
 * digest each pairs with: SM2 with SM3, the national algorithm customs prefers (国密算法，首选), and RSA with SHA-1,
 * the general one (通用算法) of the 2018 edition. Canonicalization is C14N 1.0 (without comments) for both.
 */
public enum SignatureAlgorithm {

    RSA_SHA1("rsa-sha1", "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#sha1") {
        @Override
        byte[] digest(byte[] data) {
            try {
                return MessageDigest.getInstance("SHA-1").digest(data);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JVM has no SHA-1", e);
            }
        }

        @Override
        boolean verify(PublicKey key, byte[] signedInfo, byte[] value) {
            try {
                Signature rsa = Signature.getInstance("SHA1withRSA");
                rsa.initVerify(key);
                rsa.update(signedInfo);
                return rsa.verify(value);
            } catch (GeneralSecurityException wrongKey) {
                return false;
            }
        }
    },

    SM2_SM3("sm2-sm3", "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3",
            "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3") {
        @Override
        byte[] digest(byte[] data) {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(data, 0, data.length);
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return out;
        }

        @Override
        boolean verify(PublicKey key, byte[] signedInfo, byte[] value) {
            return Sm2.verify(key, signedInfo, value);
        }
    };

    public static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

    private final String setting;
    private final String signatureMethod;
    private final String digestMethod;

    SignatureAlgorithm(String setting, String signatureMethod, String digestMethod) {
        this.setting = setting;
        this.signatureMethod = signatureMethod;
        this.digestMethod = digestMethod;
    }

    /** The digest of the canonical message (DigestValue). */
    abstract byte[] digest(byte[] data);

    /** Whether {@code value} is this algorithm's signature over the canonical SignedInfo by the holder of {@code key}. */
    abstract boolean verify(PublicKey key, byte[] signedInfo, byte[] value);

    /** The name used in settings: {@code rsa-sha1} or {@code sm2-sm3}. */
    public String setting() {
        return setting;
    }

    public String signatureMethod() {
        return signatureMethod;
    }

    public String digestMethod() {
        return digestMethod;
    }

    public static SignatureAlgorithm ofSetting(String name) {
        return Arrays.stream(values()).filter(a -> a.setting.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException("kuajing.customs.signer.algorithm must be rsa-sha1 or "
                        + "sm2-sm3, not '" + name + "'"));
    }

    /** The algorithm a SignatureMethod names, or null when customs accepts no such method. */
    static SignatureAlgorithm ofSignatureMethod(String uri) {
        return Arrays.stream(values()).filter(a -> a.signatureMethod.equals(uri)).findFirst().orElse(null);
    }
}
